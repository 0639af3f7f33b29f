package org.newsdesk.news;

import org.newsdesk.media.PictureView;

import java.time.Instant;

/** The columns a listing reads of an item, straight from the query. */
record ListingRow(Long id, String slug, String title, String summary, Instant publishedAt, PictureView picture) {

    /** Without its picture: for JPQL queries, which cannot join pictures (neighbours on an item page). */
    ListingRow(Long id, String slug, String title, String summary, Instant publishedAt) {
        this(id, slug, title, summary, publishedAt, null);
    }
}
