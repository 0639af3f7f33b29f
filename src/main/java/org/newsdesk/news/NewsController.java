package org.newsdesk.news;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.news.tags.TagLink;
import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.media.PictureView;
import org.newsdesk.seo.PageMeta;
import org.newsdesk.seo.StructuredData;
import org.newsdesk.site.Messages;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.Slugs;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.PageNumber;
import org.newsdesk.web.Redirects;

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
    private final Messages messages;
    private final StructuredData structuredData;

    NewsController(NewsListing listing, NewsItemPages itemPages, SiteProperties site, Messages messages,
                   StructuredData structuredData) {
        this.listing = listing;
        this.itemPages = itemPages;
        this.site = site;
        this.messages = messages;
        this.structuredData = structuredData;
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
        String title = page == 1 ? null : messages.get("latest.pageTitle", page);
        PageMeta meta = PageMeta.of(title, site.description(), listingPage.pagination().href(page));
        return new ModelAndView("news/list")
                .addObject("listing", listingPage)
                .addObject("meta", page == 1
                        ? meta.withStructuredData(structuredData.website(), structuredData.organization()) : meta);
    }

    @GetMapping("/news/{slug}")
    ModelAndView show(@PathVariable String slug, HttpServletResponse response) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(lowerCase)) {
            throw new PageNotFoundException("No item " + slug);
        }
        if (!lowerCase.equals(slug)) {
            return Redirects.permanent(NewsLinks.item(lowerCase));
        }
        ItemLookup lookup = itemPages.find(slug);
        if (lookup instanceof ItemLookup.Found found) {
            NewsItemView item = found.item();
            return new ModelAndView("news/show")
                    .addObject("item", item)
                    .addObject("meta", itemMeta(item));
        }
        if (lookup instanceof ItemLookup.Moved moved) {
            return Redirects.permanent(NewsLinks.item(moved.currentSlug()));
        }
        if (lookup instanceof ItemLookup.Withdrawn withdrawn) {
            response.setStatus(HttpStatus.GONE.value());
            return new ModelAndView("news/withdrawn", HttpStatus.GONE)
                    .addObject("withdrawn", withdrawn)
                    .addObject("meta", PageMeta.of(withdrawn.title(), null, NewsLinks.item(slug)).noindexed());
        }
        throw new PageNotFoundException("No item " + slug);
    }

    private PageMeta itemMeta(NewsItemView item) {
        List<String> tags = item.tags().stream().map(TagLink::name).toList();
        PictureView picture = item.leadPicture();
        List<String> images = picture == null ? List.of()
                : picture.structuredData().stream().map(image -> site.absoluteUrl(image.path())).toList();
        PageMeta meta = PageMeta.of(item.title(), item.summary(), item.href())
                .asArticle(item.publishedAt(), item.modifiedAt(), tags)
                .withStructuredData(
                        structuredData.newsArticle(new StructuredData.NewsArticle(item.title(), item.summary(),
                                item.href(), item.publishedAt(), item.modifiedAt(), tags, images)),
                        structuredData.breadcrumbs(item.breadcrumbs()));
        if (picture == null) {
            return meta;
        }
        PictureView.Image shared = picture.sharing();
        return meta.withImage(new PageMeta.Image(site.absoluteUrl(shared.path()), shared.width(), shared.height(), picture.altText()));
    }
}
