package org.newsdesk.news;

/** The buttons of the item form: each saves everything typed, then moves the item. */
public enum EditAction {
    /** Keep the item where it is: a draft stays a draft, a published item stays published. */
    SAVE(RevisionKind.SAVED),
    /** Public now (or at the past date given). */
    PUBLISH(RevisionKind.PUBLISHED),
    /** Public from a date and time in the future, with no further step. */
    SCHEDULE(RevisionKind.SCHEDULED),
    RETURN_TO_DRAFT(RevisionKind.RETURNED_TO_DRAFT),
    /** Off the site; its address answers 410 with the optional note. */
    WITHDRAW(RevisionKind.WITHDRAWN);

    private final RevisionKind revisionKind;

    EditAction(RevisionKind revisionKind) {
        this.revisionKind = revisionKind;
    }

    RevisionKind revisionKind() {
        return revisionKind;
    }
}
