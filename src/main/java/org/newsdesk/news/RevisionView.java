package org.newsdesk.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;


/** A revision as the history shows it, its instants in the site's time zone. */
record RevisionView(int number, RevisionKind kind, Integer restoredFrom, OffsetDateTime savedAt, String savedBy,
                    String slug, String title, String summary, String body, List<String> tags, NewsStatus status,
                    OffsetDateTime publishedAt, String withdrawalNote) {

    static RevisionView of(ItemRevision revision, ZoneId zone) {
        return new RevisionView(revision.number(), revision.kind(), revision.restoredFrom(),
                inZone(revision.savedAt(), zone), revision.savedBy(), revision.slug(), revision.title(),
                revision.summary(), revision.body(), revision.tags(), revision.status(),
                revision.publishedAt() == null ? null : inZone(revision.publishedAt(), zone), revision.withdrawalNote());
    }

    /** To the second, as {@code <time datetime>} wants it. */
    private static OffsetDateTime inZone(Instant instant, ZoneId zone) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime();
    }
}
