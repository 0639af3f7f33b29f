package org.newsdesk.news;

import org.newsdesk.media.PictureView;

import java.time.OffsetDateTime;
import java.util.List;

import org.newsdesk.news.tags.TagLink;
import org.newsdesk.site.Language;

/** One entry of a listing: date, title, summary, tags and the lead picture (or null) as a thumbnail. */
public record NewsItemCard(long id, String slug, String title, String summary, OffsetDateTime publishedAt,
                           List<TagLink> tags, Language language, PictureView picture) {

    public String href() {
        return NewsLinks.item(language, slug);
    }
}
