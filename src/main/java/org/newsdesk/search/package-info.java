/** Full-text search over visible items (PostgreSQL text search) and the search page. */
package org.newsdesk.search;
