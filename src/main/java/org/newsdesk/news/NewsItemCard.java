package org.newsdesk.news;

import java.time.OffsetDateTime;
import java.util.List;

import org.newsdesk.news.tags.TagLink;
import org.newsdesk.site.Language;

/** One entry of a listing: date, title, summary and tags. */
public record NewsItemCard(long id, String slug, String title, String summary, OffsetDateTime publishedAt,
                           List<TagLink> tags, Language language) {

    public NewsItemCard(long id, String slug, String title, String summary, OffsetDateTime publishedAt, List<TagLink> tags) {
        this(id, slug, title, summary, publishedAt, tags, Language.EN);
    }

    public String href() {
        return NewsLinks.item(language, slug);
    }
}
