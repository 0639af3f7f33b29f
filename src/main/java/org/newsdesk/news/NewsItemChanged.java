package org.newsdesk.news;

import java.time.Instant;
import java.util.Set;

import org.newsdesk.site.Language;

/**
 * An editor's save changed an item, published inside the saving transaction (listeners that must
 * act only once it committed use {@code @TransactionalEventListener}). It says what a reader or a
 * crawler could see before and after, so that nobody outside this module needs the entity.
 *
 * @param slug the item's current slug
 * @param publishedAt its publication instant, or null (a draft without a date)
 * @param visibleBefore whether the public could see it just before the save
 * @param visibleAfter whether the public can see it right after the save
 * @param scheduled whether it is published with a publication instant still to come
 * @param tagSlugs the slugs of its topics before and after the save (their union)
 * @param language the item's language: where its page, its listings and its feeds are
 */
public record NewsItemChanged(long itemId, String slug, Instant publishedAt, boolean visibleBefore,
                              boolean visibleAfter, boolean scheduled, Set<String> tagSlugs, Language language) {

    public NewsItemChanged {
        tagSlugs = Set.copyOf(tagSlugs);
    }

    /** The item's public address. */
    public String href() {
        return NewsLinks.item(language, slug);
    }
}
