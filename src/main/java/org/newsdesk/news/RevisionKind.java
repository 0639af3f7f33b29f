package org.newsdesk.news;

/** What a save did, as the history of an item lists it. */
public enum RevisionKind {
    SAVED,
    PUBLISHED,
    SCHEDULED,
    RETURNED_TO_DRAFT,
    WITHDRAWN,
    RESTORED,
    IMPORTED
}
