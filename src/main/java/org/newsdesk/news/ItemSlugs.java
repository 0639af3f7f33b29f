package org.newsdesk.news;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import org.newsdesk.site.Slugs;

import org.springframework.stereotype.Component;

/**
 * The slug rules of items: one slug, current or old, belongs to one item only; slugs made from
 * titles get {@code -2}, {@code -3}… on collision; and a public item that changes its slug keeps
 * the old one, so that its old URL answers 301.
 */
@Component
record ItemSlugs(NewsItemRepository items, NewsItemSlugRepository oldSlugs) {

    /** The slug of an item whose title has no letter or digit at all ("¿?", "…"). */
    static final String FALLBACK = "item";

    /** Whether another item has this slug now or had it before (its old URL still redirects there). */
    boolean isTakenByAnother(String slug, Long itemId) {
        boolean current = items.findBySlug(slug).filter(item -> !item.getId().equals(itemId)).isPresent();
        return current || oldSlugs.findById(slug).filter(old -> !old.getOwnerId().equals(itemId)).isPresent();
    }

    /**
     * A free slug made from the title. An item whose slug already is the one its title makes
     * (with or without a number) keeps it, so re-saving never renames anything.
     */
    String fromTitle(String title, NewsItem item) {
        String base = base(title);
        if (item != null && madeFromTitle(item.getSlug(), title)) {
            return item.getSlug();
        }
        Long itemId = item == null ? null : item.getId();
        return Slugs.firstFree(base, candidate -> isTakenByAnother(candidate, itemId));
    }

    /**
     * Gives the item a new slug. The old one is kept when the item has been public; a slug the
     * item used before is simply taken back (it is no longer an old one).
     */
    void move(NewsItem item, String slug, boolean hasBeenPublic, Instant now) {
        if (Objects.equals(item.getSlug(), slug)) {
            return;
        }
        oldSlugs.findById(slug).filter(old -> old.getOwnerId().equals(item.getId())).ifPresent(oldSlugs::delete);
        if (hasBeenPublic && !oldSlugs.existsById(item.getSlug())) {
            oldSlugs.save(new NewsItemSlug(item.getSlug(), item.getId(), now));
        }
        item.setSlug(slug);
    }

    /** Whether a slug is the one its title makes, with or without a number ({@code -2}…): the editor did not choose it. */
    static boolean madeFromTitle(String slug, String title) {
        return Pattern.matches(Pattern.quote(base(title)) + "(-[0-9]+)?", slug);
    }

    private static String base(String title) {
        String base = Slugs.fromText(title);
        return base.isEmpty() ? FALLBACK : base;
    }
}
