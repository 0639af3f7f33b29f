package org.newsdesk.pings;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.newsdesk.news.NewsItemChanged;
import org.newsdesk.news.NewsLinks;
import org.newsdesk.news.tags.TagLink;
import org.newsdesk.news.tags.TopicAddressesChanged;
import org.newsdesk.site.Language;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what editors change into notifications, written in the editor's own transaction (before it
 * commits), so that a notification exists exactly when its change committed, even if the instance
 * stops right after. Sending waits for the commit ({@link CrawlerNotifier#wake()}), off the
 * editor's thread: a save costs one small insert per channel, never a request to another server.
 *
 * <p>What changes with an item that is, was, or is scheduled to become visible: the site's feeds
 * and its topics' feeds (WebSub); the item's page, the home page, its topics' pages and its
 * month in the archive (IndexNow), all in the item's language. A scheduled item is announced at its publication instant; a
 * later save of it replaces that. Drafts never seen by the public announce nothing.
 */
@Component
class ChangeRecorder {

    static final List<String> SITE_FEEDS = List.of("/feed.xml", "/atom.xml", "/feed.json");
    /** The site's feeds in each language, by file name ({@code /feed.xml}, {@code /es/feed.xml}…). */
    private static final List<String> FEED_FILES = List.of("feed.xml", "atom.xml", "feed.json");

    private final NotificationQueue queue;
    private final CrawlerNotifier notifier;
    private final PingProperties properties;
    private final SiteProperties site;
    private final Clock clock;

    ChangeRecorder(NotificationQueue queue, CrawlerNotifier notifier, PingProperties properties, SiteProperties site,
                   Clock clock) {
        this.queue = queue;
        this.notifier = notifier;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void itemChanged(NewsItemChanged change) {
        if (!properties.anyEnabled()) {
            return;
        }
        Instant now = clock.instant();
        queue.dropScheduled(change.itemId(), now);
        if (!change.visibleBefore() && !change.visibleAfter() && !change.scheduled()) {
            return;
        }
        Instant due = change.scheduled() && !change.visibleBefore() ? change.publishedAt() : now;
        Language language = change.language();
        Set<String> topics = new TreeSet<>(change.tagSlugs());
        List<String> feeds = new ArrayList<>(FEED_FILES.stream().map(file -> NewsLinks.feed(language, file)).toList());
        topics.forEach(slug -> feeds.addAll(topicFeeds(language, slug)));
        Set<String> pages = new LinkedHashSet<>(List.of(change.href(), NewsLinks.home(language)));
        topics.forEach(slug -> pages.add(NewsLinks.tag(language, slug)));
        if (change.publishedAt() != null) {
            pages.add(NewsLinks.month(language, YearMonth.from(change.publishedAt().atZone(site.timeZone()))));
        }
        add(change.itemId(), feeds, List.copyOf(pages), now, due);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void topicsChanged(TopicAddressesChanged change) {
        if (!properties.anyEnabled()) {
            return;
        }
        List<String> feeds = new ArrayList<>(SITE_FEEDS);
        new TreeSet<>(change.currentSlugs()).forEach(slug -> feeds.addAll(topicFeeds(slug)));
        Set<String> pages = new LinkedHashSet<>(List.of("/tags"));
        new TreeSet<>(change.currentSlugs()).forEach(slug -> pages.add(topicPage(slug)));
        new TreeSet<>(change.formerSlugs()).forEach(slug -> pages.add(topicPage(slug)));
        Instant now = clock.instant();
        add(null, feeds, List.copyOf(pages), now, now);
    }

    /** Once the change is committed, the notifier may send it (a scheduled one waits for its instant). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, classes = {NewsItemChanged.class, TopicAddressesChanged.class})
    void committed() {
        if (properties.anyEnabled()) {
            notifier.wake();
        }
    }

    private void add(Long itemId, List<String> feeds, List<String> pages, Instant now, Instant due) {
        if (properties.enabled(Channel.WEBSUB)) {
            queue.add(Channel.WEBSUB, itemId, feeds.stream().map(site::absoluteUrl).toList(), now, due);
        }
        if (properties.enabled(Channel.INDEXNOW)) {
            queue.add(Channel.INDEXNOW, itemId, pages.stream().map(site::absoluteUrl).toList(), now, due);
        }
    }

    private static List<String> topicFeeds(String slug) {
        return topicFeeds(Language.EN, slug);
    }

    /** A topic's feeds in a language (a Spanish item's topics by their English slug, which answers 301 to the Spanish one). */
    private static List<String> topicFeeds(Language language, String slug) {
        return List.of(NewsLinks.tagFeed(language, slug, "feed.xml"), NewsLinks.tagFeed(language, slug, "atom.xml"));
    }

    private static String topicPage(String slug) {
        return new TagLink(slug, null).href();
    }
}
