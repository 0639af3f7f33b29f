package org.newsdesk.search;

import java.util.List;

import org.newsdesk.system.Pagination;

/** One page of what a search found, best first, and the links to the other pages. */
public record SearchResults(List<SearchResult> results, Pagination pagination) {

    public boolean isEmpty() {
        return results.isEmpty();
    }

    public long total() {
        return pagination.totalItems();
    }
}
