package org.newsdesk.news;

/** One tag of one item, read for a whole page of items at once. */
record ItemTagRow(Long itemId, String slug, String name) {
}
