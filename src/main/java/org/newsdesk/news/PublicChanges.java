package org.newsdesk.news;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsdesk.news.tags.Tag;
import org.newsdesk.news.tags.Topics;
import org.newsdesk.site.Language;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells listeners (crawler notifications) what a write changed for the public: one home for the
 * editors' saves and the imports, so that an imported item that becomes visible is announced
 * exactly as a published one. Listeners act after commit, so nothing is announced for a write
 * that is rolled back.
 */
@Component
record PublicChanges(ApplicationEventPublisher events, Topics topics) {

    /** What the public could see of the item before the write: whether it was visible, and its topics' slugs. */
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

    /**
     * The slugs of the item's topics in the item's language: a Spanish item's topic pages are at
     * their Spanish slugs, or at the English one while a topic has none (the tags' own are English).
     */
    private Set<String> tagSlugs(NewsItem item) {
        if (item.getLanguage() == Language.EN) {
            return item.getTags().stream().map(Tag::getSlug).collect(Collectors.toSet());
        }
        return topics.slugs(item.getLanguage(), item.getTags().stream().map(Tag::getId).toList());
    }

    record Seen(boolean visible, Set<String> tagSlugs) {
    }
}
