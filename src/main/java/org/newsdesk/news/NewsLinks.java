package org.newsdesk.news;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.newsdesk.site.Language;

/**
 * The one builder of the public site's paths to items, topics, the archive, search and feeds,
 * in each language. Controllers, view records (and so templates), feeds, search, sitemaps and
 * structured data all take their links from here. English paths have no prefix
 * ({@code /news/{slug}}, {@code /tags/{slug}}, {@code /archive/2017/12}); Spanish ones live under
 * {@code /es} with Spanish words ({@code /es/noticias/{slug}}, {@code /es/temas/{slug}},
 * {@code /es/archivo/2017/12}): the words are {@link Language}'s. The methods without a language
 * are the English paths. Paths only: {@code SiteProperties.absoluteUrl} makes them absolute.
 * Templates call them as {@code #links.tags(language)} ({@code language} is every page's model).
 */
public final class NewsLinks {

    /** For templates, which call these methods on an object ({@code #links}, from {@link NewsLinksDialect}). */
    static final NewsLinks INSTANCE = new NewsLinks();

    private NewsLinks() {
    }

    public static String home() {
        return home(Language.EN);
    }

    /** {@code /} or {@code /es}: the latest news in a language. */
    public static String home(Language language) {
        return language.prefix().isEmpty() ? "/" : language.prefix();
    }

    /** {@code /news/{slug}}: one item. */
    public static String item(String slug) {
        return item(Language.EN, slug);
    }

    /** {@code /news/{slug}}, {@code /es/noticias/{slug}}: one item. */
    public static String item(Language language, String slug) {
        return language.prefix() + "/" + language.itemWord() + "/" + slug;
    }

    /** {@code /tags}, {@code /es/temas}: every topic. */
    public static String tags(Language language) {
        return language.prefix() + "/" + language.topicsWord();
    }

    /** {@code /tags/{slug}}: one topic's items. */
    public static String tag(Language language, String slug) {
        return tags(language) + "/" + slug;
    }

    /** {@code /tags/{slug}/feed.xml} and the like: one topic's feeds. */
    public static String tagFeed(Language language, String slug, String file) {
        return tag(language, slug) + "/" + file;
    }

    /** {@code /feed.xml}, {@code /es/feed.xml} and the like: a language's feeds. */
    public static String feed(Language language, String file) {
        return language.prefix() + "/" + file;
    }

    /** {@code /archive}: the archive index. */
    public static String archive(Language language) {
        return language.prefix() + "/" + language.archiveWord();
    }

    /** {@code /archive/{yyyy}}: one year. */
    public static String year(Language language, int year) {
        return archive(language) + "/%04d".formatted(year);
    }

    /** {@code /archive/{yyyy}/{mm}}: one month. */
    public static String month(Language language, YearMonth month) {
        return year(language, month.getYear()) + "/%02d".formatted(month.getMonthValue());
    }

    /** A page's path in every language, such as {@code NewsLinks.inBoth(NewsLinks::archive)}: its hreflang alternates. */
    public static Map<Language, String> inBoth(Function<Language, String> path) {
        Map<Language, String> paths = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            paths.put(language, path.apply(language));
        }
        return paths;
    }

    /** {@code /search}, {@code /es/buscar}: the search page. */
    public static String search(Language language) {
        return language.prefix() + "/" + language.searchWord();
    }
}
