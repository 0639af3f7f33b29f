package org.newsdesk.sitemaps;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.site.SiteProperties;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.Redirects;

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
record SitemapController(SitemapEntries entries, SiteProperties site) {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private static final Pattern MONTH_FILE = Pattern.compile("news-([1-9][0-9]{3})-([0-9]{2})(?:-([2-9]|[1-9][0-9]{1,6}))?\\.xml");
    private static final Pattern PAGES_FILE = Pattern.compile("pages(?:-([2-9]|[1-9][0-9]{1,6}))?\\.xml");

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        return xml(SitemapWriter.index(entries.sitemaps()));
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
            return xml(SitemapWriter.urls(entries.month(YearMonth.of(Integer.parseInt(month.group(1)), monthValue),
                    partNumber(month.group(3))).orElseThrow(() -> new PageNotFoundException("No sitemap " + file))));
        }
        Matcher pages = PAGES_FILE.matcher(file);
        if (pages.matches()) {
            return xml(SitemapWriter.urls(entries.pages(partNumber(pages.group(1)))
                    .orElseThrow(() -> new PageNotFoundException("No sitemap " + file))));
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
        return xml(SitemapWriter.news(entries.newsArticles(), site.name()));
    }

    private static int partNumber(String text) {
        return text == null ? 1 : Integer.parseInt(text);
    }

    private static ResponseEntity<byte[]> xml(byte[] document) {
        return ResponseEntity.ok().contentType(XML).body(document);
    }
}
