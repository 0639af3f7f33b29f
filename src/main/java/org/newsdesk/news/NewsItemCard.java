package org.newsdesk.news;

import java.time.OffsetDateTime;
import java.util.List;

import org.newsdesk.news.tags.TagLink;

/** One entry of a listing: date, title, summary and tags. */
public record NewsItemCard(long id, String slug, String title, String summary, OffsetDateTime publishedAt,
                           List<TagLink> tags) {

    public String href() {
        return NewsLinks.item(slug);
    }
}
