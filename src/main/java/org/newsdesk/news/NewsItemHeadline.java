package org.newsdesk.news;

import java.time.Instant;

/** What a news sitemap says of a visible item: where it is, its title, when it was published. */
public record NewsItemHeadline(String slug, String title, Instant publishedAt) {

    public String href() {
        return NewsLinks.item(slug);
    }
}
