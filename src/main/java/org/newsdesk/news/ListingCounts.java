package org.newsdesk.news;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.newsdesk.freshness.ContentVersion;
import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.site.Language;

import org.springframework.stereotype.Component;

/**
 * How many visible items each listing has (the latest news, a tag, a year or a month), kept for
 * the content version it was counted at. Every page of a listing needs its count (for the page
 * links, and to answer 404 past the last page), but the count changes only with the content
 * version: a write, or a scheduled item becoming visible. At 100,000 items counting costs about
 * 8 ms for the latest news and 20 ms for a tag, on every page of it that is rendered.
 *
 * <p>Counts are kept only while the content version is known without asking the database (see
 * {@link ContentVersions#remembered()}): while the connection that listens for changes is lost,
 * every page counts again.
 */
@Component
class ListingCounts {

    /** Listings are the latest news, the tags and the archive's years and months: a few hundred at most. */
    private static final int MAX_LISTINGS = 10_000;

    private final ContentVersions versions;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    ListingCounts(ContentVersions versions) {
        this.versions = versions;
    }

    /** How many items {@code language} has in the listing; both languages are counted (and kept) at once. */
    long of(String listing, Language language, Supplier<Map<Language, Long>> count) {
        ContentVersion version = versions.remembered();
        if (version == null) {
            return count.get().get(language);
        }
        Count known = counts.get(listing);
        if (known != null && known.version().equals(version)) {
            return known.value().get(language);
        }
        Map<Language, Long> value = count.get();
        if (counts.size() >= MAX_LISTINGS) {
            counts.clear();
        }
        counts.put(listing, new Count(version, value));
        return value.get(language);
    }

    private record Count(ContentVersion version, Map<Language, Long> value) {
    }
}
