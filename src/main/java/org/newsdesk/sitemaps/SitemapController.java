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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.news.ArchiveMonth;
import org.newsdesk.news.NewsItemModified;
import org.newsdesk.news.NewsItemRepository;
import org.newsdesk.news.NewsItemRepository.MonthPart;
import org.newsdesk.news.TagModified;
import org.newsdesk.freshness.ContentVersion;
import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.Redirects;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;
import org.newsdesk.sitemaps.SitemapWriter.Location;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sitemaps for search engines, all with absolute URLs from the configured base URL:
 * <ul>
 * <li>{@code /sitemap.xml}, the index: one sitemap per month of items, and one of the other pages;</li>
 * <li>{@code /sitemap-news-{yyyy}-{mm}.xml}: a month's visible items with their last change
 *     (months follow the site's time zone, like the archive); a month with more items than fit
 *     in one file continues in {@code sitemap-news-{yyyy}-{mm}-2.xml} and so on;</li>
 * <li>{@code /sitemap-pages.xml}: the home page, the topics and each topic with visible items,
 *     the archive, its years and months;</li>
 * <li>{@code /news-sitemap.xml}: a Google News sitemap of what was published in the last 48 hours.</li>
 * </ul>
 * Only visible items are listed; a withdrawn item leaves with the next request. The former
 * addresses under {@code /sitemaps/} answer 301 with the new ones.
 */
@Controller
class SitemapController {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    /** Google News takes articles published in the last two days, at most a thousand of them. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_MAX = 1000;

    private static final Pattern MONTH_FILE = Pattern.compile("news-([1-9][0-9]{3})-([0-9]{2})(?:-([2-9]|[1-9][0-9]{1,6}))?\\.xml");
    private static final Pattern PAGES_FILE = Pattern.compile("pages(?:-([2-9]|[1-9][0-9]{1,6}))?\\.xml");

    private final NewsItemRepository items;
    private final SiteProperties site;
    private final SitemapProperties properties;
    private final SiteTime time;
    private final ContentVersions versions;
    private final Pictures pictures;
    private final AtomicReference<Plan> plan = new AtomicReference<>();

    SitemapController(NewsItemRepository items, SiteProperties site, SitemapProperties properties, SiteTime time,
                      ContentVersions versions, Pictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.site = site;
        this.properties = properties;
        this.time = time;
        this.versions = versions;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        Plan plan = plan();
        List<Location> sitemaps = new ArrayList<>();
        for (int file = 1; file <= plan.pageFiles().size(); file++) {
            sitemaps.add(new Location(site.absoluteUrl(pagesPath(file)), plan.latest()));
        }
        for (MonthPart part : plan.parts()) {
            sitemaps.add(new Location(site.absoluteUrl(monthPath(YearMonth.of(part.getYear(), part.getMonth()), part.getPart())),
                    time.local(part.getModifiedAt())));
        }
        return xml(SitemapWriter.index(sitemaps));
    }

    /**
     * Every sitemap at the site's root: the protocol lets a sitemap list only URLs at or below its
     * own folder, so a strict crawler ignores every URL of a sitemap kept under {@code /sitemaps/}.
     */
    @GetMapping("/sitemap-{file}")
    ResponseEntity<byte[]> sitemap(@PathVariable String file) {
        Matcher month = MONTH_FILE.matcher(file);
        if (month.matches()) {
            int monthValue = Integer.parseInt(month.group(2));
            if (monthValue < 1 || monthValue > 12) {
                throw new PageNotFoundException("Not a month: " + file);
            }
            return monthSitemap(YearMonth.of(Integer.parseInt(month.group(1)), monthValue), partNumber(month.group(3)));
        }
        Matcher pages = PAGES_FILE.matcher(file);
        if (pages.matches()) {
            List<List<Location>> files = plan().pageFiles();
            int part = partNumber(pages.group(1));
            if (part > files.size()) {
                throw new PageNotFoundException("No sitemap " + file);
            }
            return xml(SitemapWriter.urls(files.get(part - 1)));
        }
        throw new PageNotFoundException("No sitemap " + file);
    }

    /** Where the sitemaps were until crawlers had to be told they live at the root (issue 15). */
    @GetMapping("/sitemaps/{file}")
    ModelAndView formerAddress(@PathVariable String file) {
        if (MONTH_FILE.matcher(file).matches() || PAGES_FILE.matcher(file).matches()) {
            return Redirects.permanent("/sitemap-" + file);
        }
        throw new PageNotFoundException("No sitemap " + file);
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<byte[]> news() {
        Instant now = time.now();
        List<SitemapWriter.NewsArticle> articles = items.findVisibleHeadlinesSince(now.minus(NEWS_WINDOW), now, Limit.of(NEWS_MAX))
                .stream()
                .map(item -> new SitemapWriter.NewsArticle(site.absoluteUrl(item.href()), item.title(),
                        time.local(item.publishedAt())))
                .toList();
        return xml(SitemapWriter.news(articles, site.name(), site.locale().getLanguage()));
    }

    private ResponseEntity<byte[]> monthSitemap(YearMonth month, int part) {
        // Only a part the index names exists: a part number past the end costs no query.
        boolean named = plan().parts().stream().anyMatch(named(month, part));
        if (!named) {
            throw new PageNotFoundException("No sitemap for " + month + " part " + part);
        }
        List<NewsItemModified> found = items.findVisibleModifiedBetween(time.startOf(month), time.startOf(month.plusMonths(1)), time.now(),
                PageRequest.of(part - 1, properties.maxUrlsPerFile()));
        if (found.isEmpty()) {
            throw new PageNotFoundException("No sitemap for " + month + " part " + part);
        }
        Map<Long, PictureView> leadPictures = pictures.find(found.stream().map(NewsItemModified::leadPictureId)
                .filter(Objects::nonNull).toList());
        return xml(SitemapWriter.urls(found.stream()
                .map(item -> new Location(site.absoluteUrl(item.href()), time.local(item.modifiedAt()),
                        item.leadPictureId() == null || !leadPictures.containsKey(item.leadPictureId()) ? null
                                : site.absoluteUrl(leadPictures.get(item.leadPictureId()).jpegPath(1920))))
                .toList()));
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

    /** Every page other than an item's that is worth indexing, with its last change. */
    private List<Location> pages(List<MonthPart> parts, Instant now) {
        OffsetDateTime latest = latest(parts);
        Map<YearMonth, OffsetDateTime> months = new LinkedHashMap<>();
        Map<Integer, OffsetDateTime> years = new LinkedHashMap<>();
        for (MonthPart part : parts) {
            OffsetDateTime modified = time.local(part.getModifiedAt());
            months.merge(YearMonth.of(part.getYear(), part.getMonth()), modified, SitemapController::later);
            years.merge(part.getYear(), modified, SitemapController::later);
        }
        List<TagModified> tags = items.findVisibleModifiedPerTag(now);
        OffsetDateTime latestTag = tags.stream().map(tag -> time.local(tag.modifiedAt()))
                .max(Comparator.naturalOrder()).orElse(null);

        List<Location> pages = new ArrayList<>();
        pages.add(new Location(site.absoluteUrl("/"), latest));
        pages.add(new Location(site.absoluteUrl(NewsLinks.archive()), latest));
        years.forEach((year, modified) -> pages.add(new Location(site.absoluteUrl(NewsLinks.year(year)), modified)));
        months.forEach((month, modified) -> pages.add(new Location(site.absoluteUrl(new ArchiveMonth(month, 0).href()), modified)));
        pages.add(new Location(site.absoluteUrl(NewsLinks.tags()), latestTag));
        tags.forEach(tag -> pages.add(new Location(site.absoluteUrl(tag.href()), time.local(tag.modifiedAt()))));
        return pages;
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

    private static int partNumber(String text) {
        return text == null ? 1 : Integer.parseInt(text);
    }

    private static OffsetDateTime later(OffsetDateTime one, OffsetDateTime other) {
        return one.isAfter(other) ? one : other;
    }

    private static ResponseEntity<byte[]> xml(byte[] document) {
        return ResponseEntity.ok().contentType(XML).body(document);
    }
}
