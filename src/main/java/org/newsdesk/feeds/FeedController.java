package org.newsdesk.feeds;

import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Messages;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.news.FeedEntry;
import org.newsdesk.news.NewsListing;
import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.Redirects;
import org.newsdesk.site.SiteTime;
import org.newsdesk.site.Slugs;
import org.newsdesk.news.tags.Tag;
import org.newsdesk.news.tags.TagLink;
import org.newsdesk.news.tags.Topics;
import org.newsdesk.site.Language;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The site's feeds, {@code /feed.xml} (RSS 2.0), {@code /atom.xml} (Atom) and {@code /feed.json}
 * (JSON Feed 1.1), and each topic's, {@code /tags/{slug}/feed.xml} and {@code /tags/{slug}/atom.xml};
 * the same in Spanish under {@code /es} ({@code /es/feed.xml}, {@code /es/temas/{slug}/atom.xml}), each
 * with its language's items only and the language declared:
 * the newest {@value #SIZE} visible items, whole. A feed costs two queries (three for a topic).
 */
@Controller
record FeedController(NewsListing listing, Topics topics, FeedSite site, SiteTime time, Messages messages,
        ContentVersions versions, RssFeedView rss, AtomFeedView atom, JsonMapper json) {

    static final String FEED = "feed";
    static final int SIZE = 20;
    static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

    /** JSON Feed's WebSub hubs, or null (left out) when none is configured. */
    private List<JsonFeed.Hub> hubs() {
        List<JsonFeed.Hub> hubs = site.hubs().stream().map(hub -> new JsonFeed.Hub("WebSub", hub)).toList();
        return hubs.isEmpty() ? null : hubs;
    }

    @GetMapping({"/feed.xml", "/es/feed.xml"})
    ModelAndView rss(Language language) {
        return new ModelAndView(rss, FEED, siteFeed(language, "feed.xml"));
    }

    @GetMapping({"/atom.xml", "/es/atom.xml"})
    ModelAndView atom(Language language) {
        return new ModelAndView(atom, FEED, siteFeed(language, "atom.xml"));
    }

    @GetMapping({"/feed.json", "/es/feed.json"})
    ResponseEntity<String> json(Language language) {
        Feed feed = siteFeed(language, "feed.json");
        JsonFeed document = new JsonFeed(JsonFeed.VERSION, feed.title(), site.url(feed.pagePath()),
                site.url(feed.selfPath()), feed.description(), site.publisher().logoUrl(), language.code(),
                List.of(new JsonFeed.Author(site.publisher().name(), site.publisher().url())), hubs(),
                feed.entries().stream().map(this::jsonItem).toList());
        return ResponseEntity.ok().contentType(JSON_FEED).body(json.writeValueAsString(document));
    }

    @GetMapping({"/tags/{slug}/feed.xml", "/es/temas/{slug}/feed.xml"})
    ModelAndView tagRss(Language language, @PathVariable String slug) {
        return tagFeed(language, slug, "feed.xml", rss);
    }

    @GetMapping({"/tags/{slug}/atom.xml", "/es/temas/{slug}/atom.xml"})
    ModelAndView tagAtom(Language language, @PathVariable String slug) {
        return tagFeed(language, slug, "atom.xml", atom);
    }

    private ModelAndView tagFeed(Language language, String slug, String file, View view) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(lowerCase)) {
            throw new PageNotFoundException("No tag " + slug);
        }
        if (!lowerCase.equals(slug)) {
            return Redirects.permanent(NewsLinks.tagFeed(language, lowerCase, file));
        }
        Topics.Topic topic = topics.find(language, slug).orElse(null);
        if (topic == null) {
            String current = topics.currentSlugFor(language, slug).orElseThrow(() -> new PageNotFoundException("No tag " + slug));
            return Redirects.permanent(NewsLinks.tagFeed(language, current, file));
        }
        TagLink link = topic.link();
        List<FeedEntry> entries = listing.latestEntriesWithTag(language, topic.id(), SIZE);
        Feed feed = new Feed(messages.get("feeds.topic.title", topic.name(), site.name()),
                messages.get("tags.show.description", topic.name()),
                link.href(), link.href() + "/" + file, updated(entries), entries, language);
        return new ModelAndView(view, FEED, feed);
    }

    private Feed siteFeed(Language language, String file) {
        List<FeedEntry> entries = listing.latestEntries(language, SIZE);
        return new Feed(site.name(), site.description(), NewsLinks.home(language), NewsLinks.feed(language, file),
                updated(entries), entries, language);
    }

    /** The newest change among the entries; for a feed with none, the site's last change. */
    private OffsetDateTime updated(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::modifiedAt).max(Comparator.naturalOrder())
                .orElseGet(() -> time.local(versions.current().lastModified()));
    }

    private JsonFeed.Item jsonItem(FeedEntry entry) {
        return new JsonFeed.Item(site.id(entry), site.url(entry.href()), entry.title(),
                entry.hasBody() ? entry.bodyHtml() : null, entry.hasBody() ? null : entry.summary(),
                entry.summary(), iso(entry.publishedAt()), iso(entry.modifiedAt()),
                entry.tags().isEmpty() ? null : entry.tags().stream().map(TagLink::name).toList(),
                entry.picture() == null ? null : site.url(entry.picture().path()));
    }

    /** RFC 3339, with whole seconds and the site's offset. */
    static String iso(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
