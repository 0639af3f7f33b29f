package org.newsdesk.news;

import java.time.Instant;
import java.util.List;

import org.newsdesk.media.PictureView;
import org.newsdesk.news.tags.TagLink;

/** The columns a listing reads of an item, straight from the query, with its lead picture (or null) and its tags. */
record ListingRow(Long id, String slug, String title, String summary, Instant publishedAt, PictureView picture,
                  List<TagLink> tags) {

    ListingRow withTags(List<TagLink> named) {
        return new ListingRow(id, slug, title, summary, publishedAt, picture, named);
    }
}
