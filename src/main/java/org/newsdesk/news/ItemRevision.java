package org.newsdesk.news;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of an item, read-only.
 *
 * @param number 1 for the first save, then 2, 3…
 * @param restoredFrom the revision this one restored, or null
 * @param tags tag names as they were at that save
 */
public record ItemRevision(int number, RevisionKind kind, Integer restoredFrom, Instant savedAt, String savedBy,
                           String slug, String title, String summary, String body, List<String> tags,
                           NewsStatus status, Instant publishedAt, String withdrawalNote) {
}
