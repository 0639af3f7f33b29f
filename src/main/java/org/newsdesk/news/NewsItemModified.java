package org.newsdesk.news;

import java.time.Instant;

/** A visible item's URL, the last change a reader would notice on it, and its lead picture (or null). */
public record NewsItemModified(String slug, Instant modifiedAt, Long leadPictureId) {

    public String href() {
        return NewsLinks.item(slug);
    }
}
