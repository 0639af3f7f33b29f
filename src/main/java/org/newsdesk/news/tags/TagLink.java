package org.newsdesk.news.tags;

import org.newsdesk.news.NewsLinks;

/** A tag as a reader sees it: a name linking to {@code /tags/{slug}}. */
public record TagLink(String slug, String name) {

    public String href() {
        return NewsLinks.tag(slug);
    }
}
