package org.newsdesk.news;

import org.newsdesk.web.RefusalMessages;

/** The editors' words for each {@link ItemRefusal}, for the item screens and the import. */
public final class ItemRefusalMessages {

    public static final RefusalMessages<ItemRefusal> ITEMS = RefusalMessages.of(ItemRefusal.class, reason -> switch (reason) {
        case NOT_YET_SAVED -> "admin.items.error.notYetSaved";
        case SLUG_TAKEN -> "admin.items.error.slug.taken";
        case RESTORED_SLUG_TAKEN -> "admin.revisions.error.slugTaken";
        case DELETE_NOT_DRAFT -> "admin.items.error.deleteNotDraft";
        case DATE_REQUIRED_WHEN_PUBLISHED -> "admin.items.error.date.requiredPublished";
        case LIVE_DATE_IN_FUTURE -> "admin.items.error.date.publishedInFuture";
        case SCHEDULED_DATE_IN_PAST -> "admin.items.error.date.scheduledInPast";
        case PUBLISH_DATE_IN_FUTURE -> "admin.items.error.date.publishInFuture";
        case SCHEDULE_NEEDS_DATE_AND_TIME -> "admin.items.error.date.scheduleNeedsDateAndTime";
        case SCHEDULE_LIVE_ITEM -> "admin.items.error.scheduleLive";
        case SCHEDULE_DATE_IN_PAST -> "admin.items.error.date.scheduleInPast";
        case ALREADY_DRAFT -> "admin.items.error.alreadyDraft";
        case WITHDRAW_DRAFT -> "admin.items.error.withdrawDraft";
        case WITHDRAW_NEVER_PUBLIC -> "admin.items.error.withdrawNeverPublic";
        case LEAD_PICTURE_NEEDS_ALT_TEXT -> "admin.items.error.leadPicture.altText";
        case LEAD_PICTURE_GONE -> "admin.items.error.leadPicture.gone";
        case BODY_PICTURE_NEEDS_ALT_TEXT -> "admin.items.error.bodyPicture.altText";
        case BODY_PICTURE_GONE -> "admin.items.error.bodyPicture.gone";
        case IMPORTED_SLUG_IS_OLD -> "admin.transfer.error.slugIsOld";
        case IMPORTED_OLD_SLUG_TAKEN -> "admin.transfer.error.oldSlugTaken";
        case LANGUAGE_OF_TRANSLATION -> "admin.items.error.language.translation";
        case TRANSLATION_EXISTS -> "admin.translation.error.exists";
        case TRANSLATION_NOT_FOUND -> "admin.translation.error.notFound";
        case TRANSLATION_OF_ITSELF -> "admin.translation.error.itself";
        case TRANSLATION_SAME_LANGUAGE -> "admin.translation.error.sameLanguage";
        case TRANSLATION_ALREADY_LINKED -> "admin.translation.error.alreadyLinked";
        case TRANSLATION_NOT_LINKED -> "admin.translation.error.notLinked";
    });

    private ItemRefusalMessages() {
    }
}
