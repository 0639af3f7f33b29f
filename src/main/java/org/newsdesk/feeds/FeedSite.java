package org.newsdesk.feeds;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.newsdesk.news.FeedEntry;
import org.newsdesk.pings.PingProperties;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * What every feed says of the site and its items, the same in RSS, Atom and JSON Feed: absolute
 * URLs from the configured base URL, each item's permanent id, the WebSub hubs and the publisher
 * (the language is each feed's own, {@code Feed.language()}). The three formats ask this one place rather than the settings each.
 */
@Component
class FeedSite {

    private final SiteProperties site;
    private final List<String> hubs;

    FeedSite(SiteProperties site, PingProperties pings) {
        this.site = site;
        this.hubs = pings.websubHubs().stream().map(Object::toString).toList();
    }

    /**
     * Names an item for good. Feed readers recognise an item they have seen by its id, so the id
     * must not change when an editor changes the slug, the title or the publication date: it is a
     * tag URI (RFC 4151) of the site's host, the day the item was created and its database id,
     * {@code tag:news.example.org,2026-06-15:news/42}. The item's link is its current URL.
     */
    String id(FeedEntry item) {
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(item.createdAt().atOffset(ZoneOffset.UTC));
        return "tag:" + site.baseUrl().getHost() + "," + day + ":news/" + item.id();
    }

    /** A path of the site as an absolute URL. */
    String url(String path) {
        return site.absoluteUrl(path);
    }

    /** The WebSub hubs that hear at once when a feed changes; every feed names them. */
    List<String> hubs() {
        return hubs;
    }

    String name() {
        return site.name();
    }

    String description() {
        return site.description();
    }

    /** Who publishes the feeds, as Atom's author and JSON Feed's author name them. */
    Publisher publisher() {
        return new Publisher(site.publisherName(), site.publisherUrl(), site.logoUrl());
    }

    record Publisher(String name, String url, String logoUrl) {
    }
}
