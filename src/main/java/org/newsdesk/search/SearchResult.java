package org.newsdesk.search;

import org.newsdesk.media.PictureView;
import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Language;
import java.time.OffsetDateTime;
import java.util.List;

import org.newsdesk.news.tags.TagLink;

/**
 * One item found: date, title, tags, a snippet of its text with the matched words marked, and its
 * lead picture (null when it has none) for the thumbnail.
 *
 * @param snippetHtml escaped text with {@code <mark>} around the matches, see {@link HighlightedSnippet}
 */
public record SearchResult(String slug, String title, OffsetDateTime publishedAt, List<TagLink> tags, String snippetHtml,
                           PictureView picture, Language language) {

    public String href() {
        return NewsLinks.item(language, slug);
    }
}
