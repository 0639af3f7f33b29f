package org.newsdesk.news.tags;

import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Language;

/** A tag on the topics page, with its count of visible items. */
public record TagCount(String slug, String name, long items, Language language, Language nameLanguage) {

    public TagCount(String slug, String name, long items) {
        this(slug, name, items, Language.EN, Language.EN);
    }

    public String href() {
        return NewsLinks.tag(language, slug);
    }

    /** The language of the name when it is not the page's (a topic without a Spanish name), else null. */
    public String nameLang() {
        return nameLanguage == language ? null : nameLanguage.code();
    }
}
