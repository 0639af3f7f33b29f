package org.newsdesk.search;

import java.util.List;

import org.newsdesk.web.Pagination;

/**
 * One page of what a search found, best first, and the links to the other pages.
 *
 * @param more whether more items matched than are ranked (see {@link SearchProperties#rankedMatches()}):
 *             the total is then a lower bound
 */
public record SearchResults(List<SearchResult> results, Pagination pagination, boolean more) {

    public boolean isEmpty() {
        return results.isEmpty();
    }

    public long total() {
        return pagination.totalItems();
    }
}
