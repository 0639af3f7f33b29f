package org.newsdesk.search;

import org.newsdesk.news.NewsLinks;
import org.newsdesk.seo.PageMeta;
import org.newsdesk.site.Language;
import org.newsdesk.site.Messages;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The search page, {@code /search?q=…&tag=…&year=…&page=n}. Whatever is typed, the answer is the
 * page: with results, with none, or with a hint when nothing searchable was typed. Only a
 * malformed or out-of-range page number is a 404, as on every listing. Never indexed by search
 * engines.
 */
@Controller
record SearchController(NewsSearch search, Messages messages) {

    /** {@code /search} searches the English items, {@code /es/buscar} the Spanish ones. */
    @GetMapping({"/search", "/es/buscar"})
    ModelAndView search(Language language, @RequestParam(name = "q", required = false) String q,
                        @RequestParam(name = "tag", required = false) String tag,
                        @RequestParam(name = "year", required = false) String year,
                        @RequestParam(name = "page", required = false) String page) {
        int number = page == null ? 1 : PageNumber.parse(page);
        SearchQuery query = SearchQuery.parse(q);
        SearchFilters filters = SearchFilters.parse(tag, year);
        ModelAndView view = new ModelAndView("search/results")
                .addObject("query", query.text())
                .addObject("filters", filters)
                .addObject("options", search.options(language));
        if (query.isBlank()) {
            if (number != 1) {
                throw new PageNotFoundException("No page " + number + " of an empty search");
            }
            return view.addObject("meta", PageMeta.of(messages.get("search.title"), null, NewsLinks.search(language))
                    .withAlternates(NewsLinks.inBoth(NewsLinks::search)).noindexed());
        }
        SearchResults results = search.search(language, query, filters, number);
        String title = number == 1 ? messages.get("search.results.title", query.text())
                : messages.get("search.results.pageTitle", query.text(), number);
        return view.addObject("results", results)
                .addObject("heading", title)
                // The same search on the other language's page (the switch leads there; the pages are not indexed).
                .addObject("meta", PageMeta.of(title, null, results.pagination().href(number))
                        .withAlternates(NewsLinks.inBoth(other -> withQuery(NewsLinks.search(other), filters.queryString(query))))
                        .noindexed());
    }

    private static String withQuery(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
