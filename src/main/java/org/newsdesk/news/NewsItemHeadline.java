package org.newsdesk.news;

import java.time.Instant;

/**
 * A visible item named by its title: where it is and when it was published. The previous and
 * next items of an item page, and what a news sitemap says of an item.
 */
public record NewsItemHeadline(String slug, String title, Instant publishedAt) {

    public String href() {
        return NewsLinks.item(slug);
    }
}
