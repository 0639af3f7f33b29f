package org.newsdesk.news;

import java.time.Instant;

/** The columns a feed reads of an item, straight from the query. */
record FeedEntryRow(Long id, String slug, String title, String summary, String bodyHtml, Instant publishedAt,
                    Instant updatedAt, Instant createdAt, Long leadPictureId) {
}
