package org.newsdesk.freshness;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered public responses by request (scheme, path and query), each with the content version
 * it shows; a stored page answers only while the site is at that version. Bounded by the bytes
 * kept: when full, Caffeine drops the pages least likely to be asked for again, and its
 * admission policy keeps a stream of one-off URLs (random query strings, a crawler's sweep) from
 * pushing out the pages everybody reads.
 */
class PageCache {

    private final Cache<String, CachedPage> pages;
    private final long maxEntryWeight;

    PageCache(long maxBytes) {
        // One page may take at most an eighth of the cache: a huge sitemap must not empty it.
        this.maxEntryWeight = maxBytes / 8;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight(key))
                // Upkeep (eviction) runs in the thread that stores, at once: no pool thread, and
                // the bound holds when put returns.
                .executor(Runnable::run)
                .build();
    }

    /** The page stored for this request, whatever version it shows; null if none. */
    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    void put(String key, CachedPage page) {
        if (page.weight(key) <= maxEntryWeight) {
            pages.put(key, page);
        }
    }

    /** The bytes kept now, as the weigher counts them. */
    long weightedSize() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    long maxEntryWeight() {
        return maxEntryWeight;
    }
}
