/**
 * Knowing when content changed and saying so cheaply: the content version (heard from every
 * instance through LISTEN/NOTIFY), conditional GET (ETag, Last-Modified, 304) and the page cache.
 */
package org.newsdesk.freshness;
