package org.newsdesk.news;

import java.time.Instant;

/** A tag with visible items, and when the last of them changed. */
public record TagModified(String slug, Instant modifiedAt) {

    public String href() {
        return NewsLinks.tag(slug);
    }
}
