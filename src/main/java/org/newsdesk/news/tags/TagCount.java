package org.newsdesk.news.tags;

import org.newsdesk.news.NewsLinks;

/** A tag on the topics page, with its count of visible items. */
public record TagCount(String slug, String name, long items) {

    public String href() {
        return NewsLinks.tag(slug);
    }
}
