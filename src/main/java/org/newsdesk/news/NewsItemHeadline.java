package org.newsdesk.news;

import java.time.Instant;

import org.newsdesk.site.Language;

/**
 * A visible item named by its title: where it is and when it was published. The previous and
 * next items of an item page, its translation, and what a news sitemap says of an item.
 */
public record NewsItemHeadline(String slug, String title, Instant publishedAt, Language language) {

    public NewsItemHeadline(String slug, String title, Instant publishedAt) {
        this(slug, title, publishedAt, Language.EN);
    }

    /** For queries, which read the language as stored ({@code en}, {@code es}). */
    public NewsItemHeadline(String slug, String title, Instant publishedAt, String languageCode) {
        this(slug, title, publishedAt, Language.ofCode(languageCode));
    }

    public String href() {
        return NewsLinks.item(language, slug);
    }
}
