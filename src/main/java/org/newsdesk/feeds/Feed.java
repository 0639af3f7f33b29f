package org.newsdesk.feeds;

import org.newsdesk.site.Language;

import java.time.OffsetDateTime;
import java.util.List;

import org.newsdesk.news.FeedEntry;

/**
 * One feed, whatever its format: the site's, or one topic's.
 *
 * @param title the feed's title
 * @param description what it carries
 * @param pagePath the page a reader would visit for the same items ({@code /}, {@code /tags/mexico})
 * @param selfPath this feed's own path, in the format asked for
 * @param updated when anything in it last changed
 * @param entries the newest visible items, newest first
 * @param language the language of the feed and of all its items (declared in the feed)
 */
record Feed(String title, String description, String pagePath, String selfPath, OffsetDateTime updated,
            List<FeedEntry> entries, Language language) {
}
