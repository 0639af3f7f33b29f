package org.newsdesk.news;

import java.time.Instant;
import java.util.List;

import org.newsdesk.site.Language;

/**
 * An item as it is saved, for the editors' screens (what the editor typed is a {@link TypedItem}):
 * what the form shows, with what decides which actions it offers.
 *
 * @param version the optimistic-locking version the form carries back
 * @param tags tag names, sorted
 * @param state draft, scheduled, published or withdrawn, at the time it was read
 * @param beenPublic whether anyone could have seen it (a new slug then keeps the old one working)
 * @param language the item's language: where its page is and which listings show it
 */
public record SavedItem(long id, long version, String slug, String title, String summary, String body,
                           List<String> tags, NewsStatus status, ItemState state, Instant publishedAt,
                           String withdrawalNote, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy, boolean beenPublic, Long leadPictureId, Language language) {

    public String href() {
        return NewsLinks.item(language, slug);
    }

    public boolean isDraft() {
        return state == ItemState.DRAFT;
    }

    /** Published and visible now. */
    public boolean isLive() {
        return state == ItemState.PUBLISHED;
    }

    public boolean isWithdrawn() {
        return state == ItemState.WITHDRAWN;
    }

    /** Its public address shows it, or says that it was withdrawn. */
    public boolean hasPublicPage() {
        return state == ItemState.PUBLISHED || state == ItemState.WITHDRAWN;
    }

    /** Not live: a draft or a scheduled item may be scheduled (again). */
    public boolean canBeScheduled() {
        return state == ItemState.DRAFT || state == ItemState.SCHEDULED;
    }

    /** Someone could have seen it: it is live, or was before being scheduled again. */
    public boolean canBeWithdrawn() {
        return state == ItemState.PUBLISHED || state == ItemState.SCHEDULED && beenPublic;
    }
}
