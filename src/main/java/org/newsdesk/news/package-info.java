/**
 * The news item: its entity and the one entry point that changes its state (draft, scheduled,
 * published, withdrawn), slugs, Markdown rendered on save, revisions, listings, item pages, date
 * archives and the editors' item screens. Topics live in {@code news.tags}.
 */
package org.newsdesk.news;
