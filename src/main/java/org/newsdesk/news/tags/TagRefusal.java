package org.newsdesk.news.tags;

/** Why a change to a tag is refused; {@link TagAdminController} chooses the editors' words. */
enum TagRefusal {
    NAME_TAKEN,
    NAME_WITHOUT_LETTERS,
    SLUG_INVALID,
    SLUG_TAKEN,
    MERGE_INTO_ITSELF,
    MERGE_TARGET_GONE,
    /** Items still carry the tag. */
    DELETE_IN_USE
}
