package org.newsdesk.news.tags;

import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Language;

/** A tag as a reader sees it: a name linking to {@code /tags/{slug}}. */
public record TagLink(String slug, String name, Language language, Language nameLanguage) {

    public TagLink(String slug, String name) {
        this(slug, name, Language.EN, Language.EN);
    }

    public String href() {
        return NewsLinks.tag(language, slug);
    }

    /**
     * The language of the name when it is not the page's (a topic without a Spanish name shows
     * its English name, marked {@code lang="en"}), else null, so that {@code th:lang} writes nothing.
     */
    public String nameLang() {
        return nameLanguage == language ? null : nameLanguage.code();
    }
}
