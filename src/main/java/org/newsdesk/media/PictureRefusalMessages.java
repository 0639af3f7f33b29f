package org.newsdesk.media;

import org.newsdesk.web.RefusalMessages;

/** The editors' words for each {@link PictureRefusal}. */
public final class PictureRefusalMessages {

    public static final RefusalMessages<PictureRefusal> PICTURES = RefusalMessages.of(PictureRefusal.class, reason -> switch (reason) {
        case WRONG_TYPE -> "media.error.wrongType";
        case SVG -> "media.error.svg";
        case NOT_READABLE_TYPE -> "media.error.notReadableType";
        case TOO_LARGE -> "media.error.tooLarge";
        case TOO_MANY_PIXELS -> "media.error.tooManyPixels";
        case ANIMATED -> "media.error.animated";
        case CORRUPT -> "media.error.corrupt";
        case EMPTY -> "media.error.empty";
        case ALREADY_IN_LIBRARY -> "media.error.alreadyInLibrary";
        case IN_USE -> "media.error.inUse";
    });

    private PictureRefusalMessages() {
    }
}
