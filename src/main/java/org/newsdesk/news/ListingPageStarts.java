package org.newsdesk.news;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.newsdesk.freshness.ContentVersion;
import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.site.Language;

import org.springframework.stereotype.Component;

/**
 * Where a listing's pages start, learnt from the pages rendered before them: when page n has been
 * read, the item that ends it tells where page n + 1 starts. That page is then read from there
 * (newest first, after that item: the index walks one page of entries) rather than by skipping
 * the items of every page before it, which for page 9,000 of 100,000 items walks 90,000 index
 * entries. A crawler follows the "next" links, so it reads every page of a listing this way.
 *
 * <p>Like {@link ListingCounts}, a start is kept only for the content version it was learnt at,
 * and only while that version is known without asking the database: any write, or a scheduled
 * item becoming visible, moves the pages, and they are counted from the first again.
 */
@Component
class ListingPageStarts {

    /**
     * About 180 bytes each (the map's entry, the key with its listing's name, the start): 20,000
     * pages of listings (the latest news of 200,000 items, page after page) in under 4 MB of the heap.
     */
    private static final int MAX_STARTS = 20_000;

    /** The newest-first order's key of the item a page starts after. */
    record After(Instant publishedAt, long id) {
    }

    private record Page(String listing, Language language, int number) {
    }

    private final ContentVersions versions;
    private final Map<Page, After> starts = new ConcurrentHashMap<>();
    private volatile ContentVersion learntAt;

    ListingPageStarts(ContentVersions versions) {
        this.versions = versions;
    }

    /** Where page {@code number} of a listing starts, if a page before it was read at {@code version} (from {@link #version()}); else null. */
    After of(String listing, Language language, int number, ContentVersion version) {
        if (version == null || !version.equals(learntAt)) {
            return null;
        }
        return starts.get(new Page(listing, language, number));
    }

    /** That page {@code number} of a listing starts after {@code after}, as read at {@code version}. */
    void learn(String listing, Language language, int number, After after, ContentVersion version) {
        if (version == null) {
            return;
        }
        if (!version.equals(learntAt)) {
            synchronized (this) {
                if (!version.equals(learntAt)) {
                    starts.clear();
                    learntAt = version;
                }
            }
        }
        if (starts.size() >= MAX_STARTS) {
            starts.clear();
        }
        starts.put(new Page(listing, language, number), after);
    }

    /** The content version pages are read at now, if known without asking the database. */
    ContentVersion version() {
        return versions.remembered();
    }
}
