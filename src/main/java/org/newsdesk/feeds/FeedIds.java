package org.newsdesk.feeds;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.newsdesk.news.FeedEntry;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Names items in feeds for good. Feed readers recognise an item they have seen by its id, so the
 * id must not change when an editor changes the slug, the title or the publication date: it is a
 * tag URI (RFC 4151) of the site's host, the day the item was created and its database id,
 * {@code tag:news.example.org,2026-06-15:news/42}. The item's link is its current URL.
 */
@Component
class FeedIds {

    private final SiteProperties site;

    FeedIds(SiteProperties site) {
        this.site = site;
    }

    String of(FeedEntry item) {
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(item.createdAt().atOffset(ZoneOffset.UTC));
        return "tag:" + site.baseUrl().getHost() + "," + day + ":news/" + item.id();
    }
}
