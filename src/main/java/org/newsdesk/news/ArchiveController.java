package org.newsdesk.news;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.seo.PageMeta;
import org.newsdesk.seo.StructuredData;
import org.newsdesk.site.Language;
import org.newsdesk.site.Messages;
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
record ArchiveController(NewsListing listing, SiteTime time, Messages messages, StructuredData structuredData) {

    @GetMapping({"/archive", "/es/archivo"})
    ModelAndView index(Language language) {
        return new ModelAndView("archive/index")
                .addObject("years", listing.archive(language))
                .addObject("meta", PageMeta.of(messages.get("archive.title"), messages.get("archive.description"),
                        NewsLinks.archive(language)).withAlternates(NewsLinks.inBoth(NewsLinks::archive)));
    }

    @GetMapping({"/archive/{year}", "/es/archivo/{year}"})
    ModelAndView year(Language language, @PathVariable String year) {
        return showYear(language, parseYear(year), 1);
    }

    @GetMapping({"/archive/{year}/page/{page}", "/es/archivo/{year}/pagina/{page}"})
    ModelAndView yearPage(Language language, @PathVariable String year, @PathVariable String page) {
        int number = PageNumber.parse(page);
        int parsedYear = parseYear(year);
        if (number == 1) {
            return Redirects.permanent(NewsLinks.year(language, parsedYear));
        }
        return showYear(language, parsedYear, number);
    }

    @GetMapping({"/archive/{year}/{month}", "/es/archivo/{year}/{month}"})
    ModelAndView month(Language language, @PathVariable String year, @PathVariable String month) {
        return showMonth(language, YearMonth.of(parseYear(year), parseMonth(month)), 1);
    }

    @GetMapping({"/archive/{year}/{month}/page/{page}", "/es/archivo/{year}/{month}/pagina/{page}"})
    ModelAndView monthPage(Language language, @PathVariable String year, @PathVariable String month,
                           @PathVariable String page) {
        int number = PageNumber.parse(page);
        YearMonth yearMonth = YearMonth.of(parseYear(year), parseMonth(month));
        if (number == 1) {
            return Redirects.permanent(NewsLinks.month(language, yearMonth));
        }
        return showMonth(language, yearMonth, number);
    }

    private ModelAndView showYear(Language language, int year, int page) {
        Instant from = time.startOfYear(year);
        Instant until = time.startOfYear(year + 1);
        ListingPage found = listing.between(language, from, until, NewsLinks.year(language, year), page);
        String heading = messages.get("archive.year.title", String.valueOf(year));
        return archivePage(language, found, heading, List.of(), page,
                other -> listing.hasAny(other, from, until) ? NewsLinks.year(other, year) : null);
    }

    private ModelAndView showMonth(Language language, YearMonth month, int page) {
        Instant from = time.startOf(month);
        Instant until = time.startOf(month.plusMonths(1));
        ListingPage found = listing.between(language, from, until, NewsLinks.month(language, month), page);
        String heading = messages.get("archive.month.title", language.monthName(month.getMonth()),
                String.valueOf(month.getYear()));
        List<Breadcrumb> year = List.of(new Breadcrumb(String.valueOf(month.getYear()),
                NewsLinks.year(language, month.getYear())));
        return archivePage(language, found, heading, year, page,
                other -> listing.hasAny(other, from, until) ? NewsLinks.month(other, month) : null);
    }

    /**
     * @param counterpart the same period in another language, or null when nothing was published
     *                    in it there (its page would be a 404)
     */
    private ModelAndView archivePage(Language language, ListingPage found, String heading, List<Breadcrumb> between,
                                     int page, Function<Language, String> counterpart) {
        if (found.isEmpty()) {
            // A year or month without news has no page: no empty listings with 200.
            throw new PageNotFoundException("Nothing published in " + heading);
        }
        String title = page == 1 ? heading : messages.get("listing.pageTitle", heading, page);
        // Home, the archive, the year of a month, the period: shown on the page and written as JSON-LD.
        List<Breadcrumb> steps = new ArrayList<>();
        steps.add(new Breadcrumb(messages.get("archive.heading"), NewsLinks.archive(language)));
        steps.addAll(between);
        steps.add(new Breadcrumb(heading, found.pagination().basePath()));
        List<Breadcrumb> trail = Trails.from(messages, language, steps);
        PageMeta meta = PageMeta.of(title, messages.get("archive.period.description", heading),
                found.pagination().href(page)).withStructuredData(structuredData.breadcrumbs(trail));
        String other = page == 1 ? counterpart.apply(language.other()) : null;
        if (other != null) {
            meta = meta.withAlternates(Map.of(language, found.pagination().basePath(), language.other(), other));
        }
        return new ModelAndView("archive/period")
                .addObject("heading", heading)
                .addObject("breadcrumbs", trail)
                .addObject("listing", found)
                .addObject("meta", meta);
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
