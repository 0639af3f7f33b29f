package org.newsdesk.news;

/**
 * Why a change to an item is refused: the publishing rules, slugs, deletion and imports. The
 * editors' words for each are chosen by {@link ItemRefusalMessages}.
 */
public enum ItemRefusal {
    /** Returning to draft or withdrawing an item that was never saved. */
    NOT_YET_SAVED,
    SLUG_TAKEN,
    /** The revision's address now belongs to another item. */
    RESTORED_SLUG_TAKEN,
    DELETE_NOT_DRAFT,
    DATE_REQUIRED_WHEN_PUBLISHED,
    /** A live item's date moved into the future: that would take it off the site. */
    LIVE_DATE_IN_FUTURE,
    /** A scheduled item's date moved into the past: that would publish it. */
    SCHEDULED_DATE_IN_PAST,
    PUBLISH_DATE_IN_FUTURE,
    SCHEDULE_NEEDS_DATE_AND_TIME,
    SCHEDULE_LIVE_ITEM,
    SCHEDULE_DATE_IN_PAST,
    ALREADY_DRAFT,
    WITHDRAW_DRAFT,
    WITHDRAW_NEVER_PUBLIC,
    /** An item that is or will be public leads with a picture that has no alt text yet. */
    LEAD_PICTURE_NEEDS_ALT_TEXT,
    /** The chosen lead picture is no longer in the media library. */
    LEAD_PICTURE_GONE,
    /** An item that is or will be public places a picture in its text that has no alt text yet. */
    BODY_PICTURE_NEEDS_ALT_TEXT,
    /** The text places a picture ({@code media:N}) that is not in the media library. */
    BODY_PICTURE_GONE,
    /** An imported item's address is an old address of another item. */
    IMPORTED_SLUG_IS_OLD,
    /** An imported item's old address belongs to another item. */
    IMPORTED_OLD_SLUG_TAKEN,
    /** The item's translation is already in the language it was to move to. */
    LANGUAGE_OF_TRANSLATION,
    /** "Translate" on an item that has a translation already. */
    TRANSLATION_EXISTS,
    /** No item has the id, slug or address given as the translation. */
    TRANSLATION_NOT_FOUND,
    TRANSLATION_OF_ITSELF,
    /** The item to link is in the same language. */
    TRANSLATION_SAME_LANGUAGE,
    /** One of the two items has a translation already: unlink it first. */
    TRANSLATION_ALREADY_LINKED,
    /** Unlinking an item that has no translation. */
    TRANSLATION_NOT_LINKED
}
