package org.newsdesk.news;

import java.util.List;

import org.newsdesk.web.Pagination;

/** One page of a listing of visible items, newest first. */
public record ListingPage(List<NewsItemCard> items, Pagination pagination) {

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
