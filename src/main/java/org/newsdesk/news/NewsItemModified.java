package org.newsdesk.news;

import java.time.Instant;

/** A visible item's URL and the last change a reader would notice on it. */
public record NewsItemModified(String slug, Instant modifiedAt) {

    public String href() {
        return NewsLinks.item(slug);
    }
}
