package org.newsdesk.media;

/** Why a picture or a change to it is refused (words: {@link PictureRefusalMessages}). */
public enum PictureRefusal {
    /** Not a JPEG, PNG or WebP by its content (whatever its name or declared type). */
    WRONG_TYPE,
    /** An SVG file: it can carry scripts, and is refused rather than sanitised. */
    SVG,
    /** HEIC or AVIF: recognised, but no well-kept Java library reads them. */
    NOT_READABLE_TYPE,
    /** Over the size limit of one file. */
    TOO_LARGE,
    /** Over the pixel limit, found from the header before anything is decoded. */
    TOO_MANY_PIXELS,
    /** An animation (animated PNG or WebP). */
    ANIMATED,
    /** Claims to be a picture but cannot be read. */
    CORRUPT,
    /** No file was chosen. */
    EMPTY,
    /** Replacing a picture by one the library already holds. */
    ALREADY_IN_LIBRARY,
    /** Deleting a picture that items still use. */
    IN_USE
}
