package org.newsdesk.news;

import java.time.Instant;
import java.util.List;

/**
 * Everything about an item that moves with it between servers: content, status, dates, tags
 * and old slugs. The HTML is not part of it: it is rendered again from the Markdown on import.
 */
public record ItemSnapshot(String slug, String title, String summary, String body, NewsStatus status,
                           Instant publishedAt, Instant firstPublishedAt, String withdrawalNote,
                           List<SnapshotTag> tags, List<OldSlug> oldSlugs, Instant createdAt, String createdBy,
                           Instant updatedAt, String updatedBy) {

    public ItemSnapshot {
        tags = List.copyOf(tags);
        oldSlugs = List.copyOf(oldSlugs);
    }

    public record SnapshotTag(String name, String slug) {
    }

    public record OldSlug(String slug, Instant retiredAt) {
    }

    /** What importing one snapshot did. */
    public record Outcome(String slug, String title, Kind kind) {
    }

    public enum Kind {
        /** A new item. */
        CREATED,
        /** An item with this slug existed with other content, and was brought in line. */
        UPDATED,
        /** An item with this slug already had exactly this content. */
        UNCHANGED,
        /** An item with this slug exists with other content, and updating was not asked for. */
        SKIPPED
    }
}
