package org.newsdesk.news;

import java.time.YearMonth;

/**
 * The one builder of the public site's paths to items, topics and the archive. Controllers,
 * view records (and so templates), feeds, search, sitemaps and structured data all take their
 * links from here, so a change of address (a language prefix, say) is made in this one place.
 * Paths only: {@code SiteProperties.absoluteUrl} makes them absolute where a page needs that.
 * Templates call them as {@code #links.tags()}.
 */
public final class NewsLinks {

    /** For templates, which call these methods on an object ({@code #links}, from {@link NewsLinksDialect}). */
    static final NewsLinks INSTANCE = new NewsLinks();

    private NewsLinks() {
    }

    public static String home() {
        return "/";
    }

    /** {@code /news/{slug}}: one item. */
    public static String item(String slug) {
        return "/news/" + slug;
    }

    /** {@code /tags}: every topic. */
    public static String tags() {
        return "/tags";
    }

    /** {@code /tags/{slug}}: one topic's items. */
    public static String tag(String slug) {
        return tags() + "/" + slug;
    }

    /** {@code /tags/{slug}/feed.xml} and the like: one topic's feeds. */
    public static String tagFeed(String slug, String file) {
        return tag(slug) + "/" + file;
    }

    /** {@code /archive}: the archive index. */
    public static String archive() {
        return "/archive";
    }

    /** {@code /archive/{yyyy}}: one year. */
    public static String year(int year) {
        return archive() + "/%04d".formatted(year);
    }

    /** {@code /archive/{yyyy}/{mm}}: one month. */
    public static String month(YearMonth month) {
        return year(month.getYear()) + "/%02d".formatted(month.getMonthValue());
    }
}
