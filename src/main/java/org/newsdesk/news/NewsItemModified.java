package org.newsdesk.news;

import java.time.Instant;

import org.newsdesk.site.Language;

/**
 * A visible item's URL, the last change a reader would notice on it and its lead picture (or
 * null), with its visible translation's URL if it has one (the sitemap's alternates).
 */
public record NewsItemModified(String slug, Instant modifiedAt, Long leadPictureId, Language language,
                               String translationSlug, Language translationLanguage) {

    /** For the query, which reads languages as stored ({@code en}, {@code es}); no translation: nulls. */
    public NewsItemModified(String slug, Instant modifiedAt, Long leadPictureId, String language,
                            String translationSlug, String translationLanguage) {
        this(slug, modifiedAt, leadPictureId, Language.ofCode(language), translationSlug,
                Language.ofCode(translationLanguage));
    }

    public String href() {
        return NewsLinks.item(language, slug);
    }

    /** The translation's path, or null. */
    public String translationHref() {
        return translationSlug == null ? null : NewsLinks.item(translationLanguage, translationSlug);
    }
}
