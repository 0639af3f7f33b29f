package org.newsdesk.news.tags;

/** A tag as a reader sees it: a name linking to {@code /tags/{slug}}. */
public record TagLink(String slug, String name) {

    public String href() {
        return "/tags/" + slug;
    }
}
