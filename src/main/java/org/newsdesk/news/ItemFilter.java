package org.newsdesk.news;

import java.util.Arrays;
import java.util.Locale;

import org.newsdesk.site.Language;
import org.newsdesk.site.Slugs;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the item list, read leniently from the query string: an unknown status or tag
 * shows everything rather than an error page.
 *
 * @param state a status, or null for all
 * @param tag a tag slug, or null for all
 * @param text words to find in titles and summaries, or null
 * @param language the items' language, or null for both
 */
record ItemFilter(ItemState state, String tag, String text, Language language) {

    static final int TEXT_MAX_LENGTH = 200;

    static ItemFilter of(String status, String tag, String text, String language) {
        ItemState state = Arrays.stream(ItemState.values())
                .filter(candidate -> candidate.key().equals(status)).findFirst().orElse(null);
        String slug = tag == null ? null : tag.strip().toLowerCase(Locale.ROOT);
        // Control characters are no words, and PostgreSQL refuses a NUL in any text it is given.
        String words = text == null ? null : text.replaceAll("\\p{Cc}", " ").strip();
        if (words != null && words.length() > TEXT_MAX_LENGTH) {
            words = words.substring(0, TEXT_MAX_LENGTH);
        }
        return new ItemFilter(state, Slugs.isValid(slug) ? slug : null, words == null || words.isEmpty() ? null : words,
                Language.ofCode(language));
    }

    public boolean isEmpty() {
        return state == null && tag == null && text == null && language == null;
    }

    /** The status as the query string has it, or "" for all. */
    public String status() {
        return state == null ? "" : state.key();
    }

    /** The language as the query string has it, or "" for both. */
    public String languageCode() {
        return language == null ? "" : language.code();
    }

    /** These filters as an encoded query string ({@code status=…&tag=…&q=…&language=…}), "" for none: the list's page links keep them. */
    String queryString() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (state != null) {
            uri.queryParam("status", state.key());
        }
        if (tag != null) {
            uri.queryParam("tag", tag);
        }
        if (text != null) {
            uri.queryParam("q", text);
        }
        if (language != null) {
            uri.queryParam("language", language.code());
        }
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }
}
