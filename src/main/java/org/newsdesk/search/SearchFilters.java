package org.newsdesk.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.newsdesk.site.Slugs;

/**
 * The optional narrowing of a search: one topic (by its slug) and one year. A value that cannot be
 * a slug or a year is dropped rather than refused, as if it had not been given; a well-formed
 * value that matches nothing simply finds nothing.
 *
 * @param tag a tag slug, or null
 * @param year a year, or null
 */
public record SearchFilters(String tag, Integer year) {

    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");

    static SearchFilters parse(String tag, String year) {
        String slug = tag == null ? null : tag.strip().toLowerCase(Locale.ROOT);
        return new SearchFilters(Slugs.isValid(slug) ? slug : null,
                year != null && YEAR.matcher(year.strip()).matches() ? Integer.valueOf(year.strip()) : null);
    }

    public boolean isEmpty() {
        return tag == null && year == null;
    }

    /** The query string of a search with these filters, as the search page's links carry it (without {@code page}). */
    String queryString(SearchQuery query) {
        StringBuilder parameters = new StringBuilder("q=").append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
        if (tag != null) {
            parameters.append("&tag=").append(tag);
        }
        if (year != null) {
            parameters.append("&year=").append(year);
        }
        return parameters.toString();
    }
}
