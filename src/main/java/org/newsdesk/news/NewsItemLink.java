package org.newsdesk.news;

/** A link to another item: the previous and next items on an item page. */
public record NewsItemLink(String slug, String title) {

    public String href() {
        return NewsLinks.item(slug);
    }
}
