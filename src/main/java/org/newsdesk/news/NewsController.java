package org.newsdesk.news;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.seo.PageMeta;
import org.newsdesk.system.PageNotFoundException;
import org.newsdesk.system.PageNumber;
import org.newsdesk.system.Redirects;
import org.newsdesk.system.SiteProperties;
import org.newsdesk.system.Slugs;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The latest news ({@code /}, {@code /page/{n}}) and one page per item ({@code /news/{slug}}). */
@Controller
class NewsController {

    private final NewsListing listing;
    private final NewsItemPages itemPages;
    private final SiteProperties site;
    private final MessageSource messages;

    NewsController(NewsListing listing, NewsItemPages itemPages, SiteProperties site, MessageSource messages) {
        this.listing = listing;
        this.itemPages = itemPages;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/")
    ModelAndView home() {
        return latest(1);
    }

    @GetMapping("/page/{page}")
    ModelAndView page(@PathVariable String page) {
        int number = PageNumber.parse(page);
        if (number == 1) {
            return Redirects.permanent("/");
        }
        return latest(number);
    }

    private ModelAndView latest(int page) {
        ListingPage listingPage = listing.latest(page);
        String title = page == 1 ? null : message("latest.pageTitle", page);
        return new ModelAndView("news/list")
                .addObject("listing", listingPage)
                .addObject("meta", PageMeta.of(title, site.description(), listingPage.pagination().href(page)));
    }

    @GetMapping("/news/{slug}")
    ModelAndView show(@PathVariable String slug, HttpServletResponse response) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(lowerCase)) {
            throw new PageNotFoundException("No item " + slug);
        }
        if (!lowerCase.equals(slug)) {
            return Redirects.permanent("/news/" + lowerCase);
        }
        ItemLookup lookup = itemPages.find(slug);
        if (lookup instanceof ItemLookup.Found found) {
            NewsItemView item = found.item();
            return new ModelAndView("news/show")
                    .addObject("item", item)
                    .addObject("meta", PageMeta.of(item.title(), item.summary(), item.href()));
        }
        if (lookup instanceof ItemLookup.Moved moved) {
            return Redirects.permanent("/news/" + moved.currentSlug());
        }
        if (lookup instanceof ItemLookup.Withdrawn withdrawn) {
            response.setStatus(HttpStatus.GONE.value());
            return new ModelAndView("news/withdrawn", HttpStatus.GONE)
                    .addObject("withdrawn", withdrawn)
                    .addObject("meta", PageMeta.of(withdrawn.title(), null, "/news/" + slug).noindexed());
        }
        throw new PageNotFoundException("No item " + slug);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, site.locale());
    }
}
