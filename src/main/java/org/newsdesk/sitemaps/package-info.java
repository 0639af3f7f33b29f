/** Sitemaps for crawlers: the index, the pages sitemap, one sitemap per month of items, the news sitemap. */
package org.newsdesk.sitemaps;
