package org.newsdesk.feeds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), as Jackson writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(
        String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        String icon,
        String language,
        List<Author> authors,
        List<Hub> hubs,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    record Author(String name, String url) {
    }

    /** A WebSub hub that hears at once when the feed changes (omitted when none is configured). */
    record Hub(String type, String url) {
    }

    /** One item; exactly one of {@code content_html} (the body) and {@code content_text} (the summary, when there is no body). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            @JsonProperty("content_text") String contentText,
            String summary,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            List<String> tags,
            String image) {
    }
}
