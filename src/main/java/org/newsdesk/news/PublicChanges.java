package org.newsdesk.news;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsdesk.news.tags.Tag;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells listeners (crawler notifications) what a write changed for the public: one home for the
 * editors' saves and the imports, so that an imported item that becomes visible is announced
 * exactly as a published one. Listeners act after commit, so nothing is announced for a write
 * that is rolled back.
 */
@Component
record PublicChanges(ApplicationEventPublisher events) {

    /** What the public could see of the item before the write: whether it was visible, and its topics. */
    Seen before(NewsItem item, Instant now) {
        return new Seen(item.getId() != null && item.isVisibleAt(now), tagSlugs(item));
    }

    /** Announces the item as the write left it, against what was {@link #before seen before}. */
    void announce(NewsItem item, Seen before, Instant now) {
        Set<String> tagSlugs = new HashSet<>(before.tagSlugs());
        tagSlugs.addAll(tagSlugs(item));
        boolean scheduled = item.stateAt(now) == ItemState.SCHEDULED;
        events.publishEvent(new NewsItemChanged(item.getId(), item.getSlug(), item.getPublishedAt(), before.visible(),
                item.isVisibleAt(now), scheduled, tagSlugs, item.getLanguage()));
    }

    /**
     * Announces an item whose page changed without a save of it (its translation was linked or
     * unlinked: its language switch and alternates changed), as a save that kept it as it was.
     */
    void announceUnchanged(NewsItem item, Instant now) {
        announce(item, before(item, now), now);
    }

    private static Set<String> tagSlugs(NewsItem item) {
        return item.getTags().stream().map(Tag::getSlug).collect(Collectors.toSet());
    }

    record Seen(boolean visible, Set<String> tagSlugs) {
    }
}
