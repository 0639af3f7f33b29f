package org.newsdesk.news;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.seo.PageMeta;
import org.newsdesk.seo.StructuredData;
import org.newsdesk.site.Messages;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.PageNumber;
import org.newsdesk.web.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Date archives: {@code /archive} (years and months with counts), {@code /archive/{yyyy}} and
 * {@code /archive/{yyyy}/{mm}}, each paginated like the listing. Months follow the site's time zone.
 */
@Controller
class ArchiveController {

    private final NewsListing listing;
    private final SiteProperties site;
    private final SiteTime time;
    private final Messages messages;
    private final StructuredData structuredData;

    ArchiveController(NewsListing listing, SiteProperties site, SiteTime time, Messages messages,
                      StructuredData structuredData) {
        this.listing = listing;
        this.site = site;
        this.time = time;
        this.messages = messages;
        this.structuredData = structuredData;
    }

    @GetMapping("/archive")
    ModelAndView index() {
        return new ModelAndView("archive/index")
                .addObject("years", listing.archive())
                .addObject("meta", PageMeta.of(messages.get("archive.title"), messages.get("archive.description"), NewsLinks.archive()));
    }

    @GetMapping("/archive/{year}")
    ModelAndView year(@PathVariable String year) {
        return showYear(parseYear(year), 1);
    }

    @GetMapping("/archive/{year}/page/{page}")
    ModelAndView yearPage(@PathVariable String year, @PathVariable String page) {
        int number = PageNumber.parse(page);
        int parsedYear = parseYear(year);
        if (number == 1) {
            return Redirects.permanent(NewsLinks.year(parsedYear));
        }
        return showYear(parsedYear, number);
    }

    @GetMapping("/archive/{year}/{month}")
    ModelAndView month(@PathVariable String year, @PathVariable String month) {
        return showMonth(YearMonth.of(parseYear(year), parseMonth(month)), 1);
    }

    @GetMapping("/archive/{year}/{month}/page/{page}")
    ModelAndView monthPage(@PathVariable String year, @PathVariable String month, @PathVariable String page) {
        int number = PageNumber.parse(page);
        YearMonth yearMonth = YearMonth.of(parseYear(year), parseMonth(month));
        if (number == 1) {
            return Redirects.permanent(new ArchiveMonth(yearMonth, 0).href());
        }
        return showMonth(yearMonth, number);
    }

    private ModelAndView showYear(int year, int page) {
        String basePath = NewsLinks.year(year);
        ListingPage found = listing.between(time.startOfYear(year), time.startOfYear(year + 1),
                basePath, page);
        String heading = messages.get("archive.year.title", String.valueOf(year));
        return archivePage(found, heading, List.of(), page);
    }

    private ModelAndView showMonth(YearMonth month, int page) {
        String basePath = new ArchiveMonth(month, 0).href();
        ListingPage found = listing.between(time.startOf(month), time.startOf(month.plusMonths(1)), basePath,
                page);
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, site.locale());
        String heading = messages.get("archive.month.title", monthName, String.valueOf(month.getYear()));
        List<Breadcrumb> year = List.of(new Breadcrumb(String.valueOf(month.getYear()), NewsLinks.year(month.getYear())));
        return archivePage(found, heading, year, page);
    }

    private ModelAndView archivePage(ListingPage found, String heading, List<Breadcrumb> between, int page) {
        if (found.isEmpty()) {
            // A year or month without news has no page: no empty listings with 200.
            throw new PageNotFoundException("Nothing published in " + heading);
        }
        String title = page == 1 ? heading : messages.get("listing.pageTitle", heading, page);
        // Home, the archive, the year of a month, the period: shown on the page and written as JSON-LD.
        List<Breadcrumb> trail = new ArrayList<>();
        trail.add(new Breadcrumb(messages.get("item.home"), "/"));
        trail.add(new Breadcrumb(messages.get("archive.heading"), NewsLinks.archive()));
        trail.addAll(between);
        trail.add(new Breadcrumb(heading, found.pagination().basePath()));
        return new ModelAndView("archive/period")
                .addObject("heading", heading)
                .addObject("breadcrumbs", trail)
                .addObject("listing", found)
                .addObject("meta", PageMeta.of(title, messages.get("archive.period.description", heading),
                        found.pagination().href(page)).withStructuredData(structuredData.breadcrumbs(trail)));
    }

    /** Four digits, from 1000: {@code /archive/17} or {@code /archive/0000} are not pages. */
    private static int parseYear(String text) {
        if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.charAt(0) == '0') {
            throw new PageNotFoundException("Not a year: " + text);
        }
        return Integer.parseInt(text);
    }

    /** Two digits, 01 to 12. */
    private static int parseMonth(String text) {
        if (text.length() != 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new PageNotFoundException("Not a month: " + text);
        }
        int month = Integer.parseInt(text);
        if (month < 1 || month > 12) {
            throw new PageNotFoundException("Not a month: " + text);
        }
        return month;
    }
}
