package org.newsdesk.sitemaps;

import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;

import org.newsdesk.news.NewsLinks;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

import org.newsdesk.news.NewsItemModified;
import org.newsdesk.news.NewsItemRepository;
import org.newsdesk.news.NewsItemRepository.MonthPart;
import org.newsdesk.news.tags.Topics;
import org.newsdesk.site.Language;
import org.newsdesk.freshness.ContentVersion;
import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;
import org.newsdesk.sitemaps.SitemapWriter.Location;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the sitemaps list, with absolute URLs from the configured base URL: the files the index
 * names (the month parts and the pages sitemaps, planned once per content version), the items of
 * one month part, the articles of the news sitemap. {@link SitemapController} answers with them as XML.
 */
@Component
class SitemapEntries {

    /** Google News takes articles published in the last two days, at most a thousand of them. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_MAX = 1000;

    private final NewsItemRepository items;
    private final SiteProperties site;
    private final SitemapProperties properties;
    private final SiteTime time;
    private final ContentVersions versions;
    private final Topics topics;
    private final Pictures pictures;
    private final AtomicReference<Plan> plan = new AtomicReference<>();

    SitemapEntries(NewsItemRepository items, SiteProperties site, SitemapProperties properties, SiteTime time,
                   ContentVersions versions, Topics topics, Pictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.site = site;
        this.properties = properties;
        this.time = time;
        this.versions = versions;
        this.topics = topics;
    }

    /** The index: every pages sitemap, then one sitemap per month part, each with its last change. */
    List<Location> sitemaps() {
        Plan plan = plan();
        List<Location> sitemaps = new ArrayList<>();
        for (int file = 1; file <= plan.pageFiles().size(); file++) {
            sitemaps.add(new Location(site.absoluteUrl(pagesPath(file)), plan.latest()));
        }
        for (MonthPart part : plan.parts()) {
            sitemaps.add(new Location(site.absoluteUrl(monthPath(YearMonth.of(part.getYear(), part.getMonth()), part.getPart())),
                    time.local(part.getModifiedAt())));
        }
        return sitemaps;
    }

    /** Part {@code part} of the pages sitemap, or empty when there is no such part. */
    Optional<List<Location>> pages(int part) {
        List<List<Location>> files = plan().pageFiles();
        return part > files.size() ? Optional.empty() : Optional.of(files.get(part - 1));
    }

    /** What was published in the last 48 hours, newest first: the news sitemap. */
    List<SitemapWriter.NewsArticle> newsArticles() {
        Instant now = time.now();
        return items.findVisibleHeadlinesSince(now.minus(NEWS_WINDOW), now, Limit.of(NEWS_MAX))
                .stream()
                .map(item -> new SitemapWriter.NewsArticle(site.absoluteUrl(item.href()), item.title(),
                        time.local(item.publishedAt()), item.language().code()))
                .toList();
    }

    /** Part {@code part} of a month's items, or empty when there is no such part. */
    Optional<List<Location>> month(YearMonth month, int part) {
        // Only a part the index names exists: a part number past the end costs no query.
        boolean named = plan().parts().stream().anyMatch(named(month, part));
        if (!named) {
            return Optional.empty();
        }
        List<NewsItemModified> found = items.findVisibleModifiedBetween(time.startOf(month), time.startOf(month.plusMonths(1)), time.now(),
                PageRequest.of(part - 1, properties.maxUrlsPerFile()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, PictureView> leadPictures = pictures.find(found.stream().map(NewsItemModified::leadPictureId)
                .filter(Objects::nonNull).toList());
        return Optional.of(found.stream()
                .map(item -> {
                    Map<Language, String> versions = new EnumMap<>(Language.class);
                    versions.put(item.language(), item.href());
                    if (item.translationHref() != null) {
                        versions.put(item.translationLanguage(), item.translationHref());
                    }
                    PictureView picture = item.leadPictureId() == null ? null : leadPictures.get(item.leadPictureId());
                    return location(versions.get(item.language()), item.modifiedAt(), versions,
                            picture == null ? null : site.absoluteUrl(picture.jpegPath(1920)));
                })
                .toList());
    }

    private static Predicate<MonthPart> named(YearMonth month, int part) {
        return named -> named.getYear() == month.getYear() && named.getMonth() == month.getMonthValue()
                && named.getPart() == part;
    }

    /**
     * What the index and the pages sitemaps show, computed once per content version: a miss of
     * the page cache then costs what a listing page costs, not a count of every item by month.
     * The content version changes with every write and when a scheduled item becomes visible,
     * which is all that can change these lists.
     */
    private Plan plan() {
        ContentVersion version = versions.current();
        Plan known = plan.get();
        if (known != null && known.isFor(version)) {
            return known;
        }
        Instant now = time.now();
        List<MonthPart> parts = parts(now);
        Plan computed = new Plan(version.number(), version.latestPublication(), List.copyOf(parts), latest(parts),
                split(pages(parts, now)));
        plan.set(computed);
        return computed;
    }

    /** The month parts and the pages sitemaps of one content version. */
    private record Plan(long version, Instant latestPublication, List<MonthPart> parts, OffsetDateTime latest,
                        List<List<Location>> pageFiles) {

        boolean isFor(ContentVersion current) {
            return version == current.number() && Objects.equals(latestPublication, current.latestPublication());
        }
    }

    private List<MonthPart> parts(Instant now) {
        return items.countVisibleByMonthPart(time.zone().getId(), now, properties.maxUrlsPerFile());
    }

    /**
     * Every page other than an item's that is worth indexing, with its last change: in each
     * language the home page, the archive, its years and months, the topics and each topic with
     * visible items there; each with its other language's version where that has items too.
     */
    private List<Location> pages(List<MonthPart> parts, Instant now) {
        Instant latest = parts.stream().map(MonthPart::getModifiedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Map<YearMonth, Map<Language, Instant>> months = new LinkedHashMap<>();
        Map<Integer, Map<Language, Instant>> years = new LinkedHashMap<>();
        for (NewsItemRepository.LanguageMonth month : items.findVisibleMonthsPerLanguage(time.zone().getId(), now)) {
            Language language = Language.ofCode(month.getLanguage());
            months.computeIfAbsent(YearMonth.of(month.getYear(), month.getMonth()), m -> new EnumMap<>(Language.class))
                    .merge(language, month.getModifiedAt(), SitemapEntries::later);
            years.computeIfAbsent(month.getYear(), y -> new EnumMap<>(Language.class))
                    .merge(language, month.getModifiedAt(), SitemapEntries::later);
        }
        Map<Long, Map<Language, Topics.TopicModified>> topics = new LinkedHashMap<>();
        for (Topics.TopicModified topic : this.topics.modifiedPerLanguage(now)) {
            topics.computeIfAbsent(topic.id(), id -> new EnumMap<>(Language.class)).put(topic.language(), topic);
        }
        Instant latestTopic = topics.values().stream().flatMap(each -> each.values().stream())
                .map(Topics.TopicModified::modifiedAt).max(Comparator.naturalOrder()).orElse(null);

        List<Location> pages = new ArrayList<>();
        addInBoth(pages, NewsLinks.inBoth(NewsLinks::home), latest);
        addInBoth(pages, NewsLinks.inBoth(NewsLinks::archive), latest);
        years.forEach((year, modified) -> addEach(pages, modified, language -> NewsLinks.year(language, year)));
        months.forEach((month, modified) -> addEach(pages, modified, language -> NewsLinks.month(language, month)));
        addInBoth(pages, NewsLinks.inBoth(NewsLinks::tags), latestTopic);
        topics.values().forEach(topic -> {
            Map<Language, Instant> modified = new EnumMap<>(Language.class);
            topic.forEach((language, page) -> modified.put(language, page.modifiedAt()));
            addEach(pages, modified, language -> topic.get(language).href());
        });
        return pages;
    }

    /** A page that exists in every language, each version listed with all of them. */
    private void addInBoth(List<Location> pages, Map<Language, String> versions, Instant modified) {
        versions.values().forEach(path -> pages.add(location(path, modified, versions)));
    }

    /** A page in the languages that have it, each with when it changed there. */
    private void addEach(List<Location> pages, Map<Language, Instant> modified, Function<Language, String> path) {
        Map<Language, String> versions = new EnumMap<>(Language.class);
        modified.keySet().forEach(language -> versions.put(language, path.apply(language)));
        modified.forEach((language, instant) -> pages.add(location(versions.get(language), instant, versions)));
    }

    /** A sitemap entry; with more than one version, every version (itself included) and English as x-default. */
    private Location location(String path, Instant modified, Map<Language, String> versions) {
        return location(path, modified, versions, null);
    }

    /** A sitemap entry as above, with the absolute URL of its picture (or null). */
    private Location location(String path, Instant modified, Map<Language, String> versions, String image) {
        List<SitemapWriter.Alternate> alternates = new ArrayList<>();
        if (versions.size() > 1) {
            versions.forEach((language, version) -> alternates.add(
                    new SitemapWriter.Alternate(language.code(), site.absoluteUrl(version))));
            alternates.add(new SitemapWriter.Alternate("x-default", site.absoluteUrl(versions.get(Language.EN))));
        }
        return new Location(site.absoluteUrl(path), modified == null ? null : time.local(modified), alternates, image);
    }

    private List<List<Location>> split(List<Location> locations) {
        int size = properties.maxUrlsPerFile();
        List<List<Location>> files = new ArrayList<>();
        for (int start = 0; start < locations.size(); start += size) {
            files.add(locations.subList(start, Math.min(locations.size(), start + size)));
        }
        return files;
    }

    private OffsetDateTime latest(List<MonthPart> parts) {
        return parts.stream().map(MonthPart::getModifiedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(time::local).orElse(null);
    }

    static String monthPath(YearMonth month, int part) {
        String name = "news-%04d-%02d".formatted(month.getYear(), month.getMonthValue());
        return "/sitemap-" + (part == 1 ? name : name + "-" + part) + ".xml";
    }

    static String pagesPath(int part) {
        return "/sitemap-" + (part == 1 ? "pages" : "pages-" + part) + ".xml";
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
