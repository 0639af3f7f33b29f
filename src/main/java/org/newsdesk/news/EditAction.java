package org.newsdesk.news;

import java.util.Arrays;
import java.util.Optional;

/** The buttons of the item form: each saves everything typed, then moves the item. */
public enum EditAction {
    /** Keep the item where it is: a draft stays a draft, a published item stays published. */
    SAVE("save", RevisionKind.SAVED),
    /** Public now (or at the past date given). */
    PUBLISH("publish", RevisionKind.PUBLISHED),
    /** Public from a date and time in the future, with no further step. */
    SCHEDULE("schedule", RevisionKind.SCHEDULED),
    RETURN_TO_DRAFT("return-to-draft", RevisionKind.RETURNED_TO_DRAFT),
    /** Off the site; its address answers 410 with the optional note. */
    WITHDRAW("withdraw", RevisionKind.WITHDRAWN);

    private final String button;
    private final RevisionKind revisionKind;

    EditAction(String button, RevisionKind revisionKind) {
        this.button = button;
        this.revisionKind = revisionKind;
    }

    /**
     * The action of the button pressed ({@code action=publish}). Enter in a text field submits
     * with the form's first button, which is "save"; a missing value means the same.
     */
    static Optional<EditAction> ofButton(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(SAVE);
        }
        return Arrays.stream(values()).filter(action -> action.button.equals(value)).findFirst();
    }

    RevisionKind revisionKind() {
        return revisionKind;
    }
}
