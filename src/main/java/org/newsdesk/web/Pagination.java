package org.newsdesk.web;

import org.newsdesk.site.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a listing page stands among its siblings, and the links between them. Page 1 lives at
 * the base path itself ({@code /}, {@code /tags/mexico}); page n at {@code base/page/n}. Pages
 * addressed by a query string instead (the search: {@code /search?q=…&page=n}) carry that
 * query string, see {@link #withQuery(String)}.
 *
 * @param current the page shown, from 1
 * @param totalPages at least 1 (an empty listing still has its first page)
 * @param basePath the listing's own path, such as {@code /} or {@code /archive/2017}
 * @param totalItems how many items the whole listing holds
 * @param query null for path-style pages; else the encoded query string every page keeps, without
 *              {@code page} (may be empty)
 */
public record Pagination(int current, int totalPages, String basePath, long totalItems, String query) {

    public Pagination(int current, int totalPages, String basePath, long totalItems) {
        this(current, totalPages, basePath, totalItems, null);
    }

    /** How many numbered links to show on each side of the current page. */
    private static final int WINDOW = 2;

    public static Pagination of(int current, long totalItems, int pageSize, String basePath) {
        int totalPages = (int) Math.max(1, (totalItems + pageSize - 1) / pageSize);
        if (current > totalPages) {
            throw new PageNotFoundException("Page " + current + " of " + basePath + " does not exist");
        }
        return new Pagination(current, totalPages, basePath, totalItems);
    }

    /**
     * The same pages, linked as {@code basePath?query&page=n} (page 1 without {@code page}), for
     * a listing whose pages are chosen by parameters rather than by path.
     *
     * @param encodedQuery a query string already URL-encoded, such as {@code q=border+health&year=2017}
     */
    public Pagination withQuery(String encodedQuery) {
        return new Pagination(current, totalPages, basePath, totalItems, encodedQuery == null ? "" : encodedQuery);
    }

    /**
     * The same pages, linked with these query parameters (in this order; null values left out),
     * encoded here: the filters of a list that its page links keep.
     */
    public Pagination withQuery(Map<String, ?> parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        parameters.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        String query = uri.encode().build().getQuery();
        return withQuery(query == null ? "" : query);
    }

    public String href(int page) {
        if (query != null) {
            String parameters = page == 1 ? query : (query.isEmpty() ? "" : query + "&") + "page=" + page;
            return parameters.isEmpty() ? basePath : basePath + "?" + parameters;
        }
        return href(basePath, page);
    }

    /** The path of page {@code page} of the listing at {@code basePath}. */
    public static String href(String basePath, int page) {
        if (page == 1) {
            return basePath;
        }
        // The page word is the listing's language's: /page/2, /es/pagina/2.
        return (basePath.endsWith("/") ? basePath : basePath + "/") + Language.ofPath(basePath).pageWord() + "/" + page;
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < totalPages;
    }

    public boolean isMultiPage() {
        return totalPages > 1;
    }

    /** The page numbers linked around the current one; first and last are linked separately. */
    public List<Integer> window() {
        List<Integer> pages = new ArrayList<>();
        for (int page = Math.max(1, current - WINDOW); page <= Math.min(totalPages, current + WINDOW); page++) {
            pages.add(page);
        }
        return pages;
    }

    public boolean showFirst() {
        return current - WINDOW > 1;
    }

    public boolean showLast() {
        return current + WINDOW < totalPages;
    }

    /** A gap ("…") between the first page and the window. */
    public boolean gapAfterFirst() {
        return current - WINDOW > 2;
    }

    public boolean gapBeforeLast() {
        return current + WINDOW < totalPages - 1;
    }
}
