package org.newsdesk.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.newsdesk.news.tags.TagLink;
import org.newsdesk.site.Language;

/**
 * A whole visible item as a feed carries it. {@code bodyHtml} was sanitised when it was saved.
 *
 * @param modifiedAt the last change a reader would notice: never before the publication
 * @param createdAt when the item was created; never changes, so it can name the item for good
 * @param picture the lead picture as a feed carries it, or null
 */
public record FeedEntry(long id, String slug, String title, String summary, String bodyHtml,
                        OffsetDateTime publishedAt, OffsetDateTime modifiedAt, Instant createdAt,
                        List<TagLink> tags, Language language, FeedPicture picture) {

    public String href() {
        return NewsLinks.item(language, slug);
    }

    public boolean hasBody() {
        return !bodyHtml.isBlank();
    }

    /**
     * A lead picture in a feed: a JPEG at most 1280 px wide (always there, from the upload on), its
     * size in bytes (RSS enclosures need it) and its alt text.
     */
    public record FeedPicture(String path, long bytes, String altText) {
    }
}
