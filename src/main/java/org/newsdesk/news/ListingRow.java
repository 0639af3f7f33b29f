package org.newsdesk.news;

import java.time.Instant;

/** The columns a listing reads of an item, straight from the query. */
record ListingRow(Long id, String slug, String title, String summary, Instant publishedAt) {
}
