package org.newsdesk.news.tags;

/** A tag on the topics page, with its count of visible items. */
public record TagCount(String slug, String name, long items) {

    public String href() {
        return "/tags/" + slug;
    }
}
