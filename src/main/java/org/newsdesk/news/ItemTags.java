package org.newsdesk.news;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsdesk.site.Slugs;
import org.newsdesk.news.tags.Tag;
import org.newsdesk.news.tags.TagRepository;

import org.springframework.stereotype.Component;

/** Turns the tag names an editor typed into tags: an existing name (ignoring case) or a new tag. */
@Component
record ItemTags(TagRepository tags) {

    /** The slug of a tag whose name has no letter or digit. */
    private static final String FALLBACK = "tag";

    /** The tags for these names, creating the missing ones; a wanted slug is used for a new tag when free. */
    Set<Tag> resolve(List<Named> names, Instant now) {
        Set<Tag> found = new LinkedHashSet<>();
        for (Named named : names) {
            found.add(tags.findByNameIgnoringCase(named.name())
                    .orElseGet(() -> tags.save(new Tag(named.name(), freeSlug(named), now))));
        }
        return found;
    }

    Set<Tag> resolveNames(List<String> names, Instant now) {
        return resolve(names.stream().map(name -> new Named(name, null)).toList(), now);
    }

    /** Gives the item exactly these tags, touching only the links that change. */
    static void replace(NewsItem item, Set<Tag> wanted) {
        item.getTags().removeIf(tag -> wanted.stream().noneMatch(other -> other.getId().equals(tag.getId())));
        for (Tag tag : wanted) {
            if (item.getTags().stream().noneMatch(existing -> existing.getId().equals(tag.getId()))) {
                item.getTags().add(tag);
            }
        }
    }

    /** Tag names in the order editors read them. */
    static List<String> namesOf(NewsItem item) {
        return item.getTags().stream().map(Tag::getName)
                .sorted(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)).thenComparing(name -> name))
                .toList();
    }

    private String freeSlug(Named named) {
        if (named.slug() != null && Slugs.isValid(named.slug()) && tags.findBySlug(named.slug()).isEmpty()) {
            return named.slug();
        }
        String base = Slugs.fromText(named.name());
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        return Slugs.firstFree(base, candidate -> tags.findBySlug(candidate).isPresent());
    }

    /** A tag name, and the slug it should get if it is new (null: made from the name). */
    record Named(String name, String slug) {
    }
}
