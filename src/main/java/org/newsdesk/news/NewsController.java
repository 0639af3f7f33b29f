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
import org.newsdesk.site.Language;
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
record NewsController(NewsListing listing, NewsItemPages itemPages, SiteProperties site, Messages messages,
        StructuredData structuredData) {

    /** The latest news: {@code /} in English, {@code /es} in Spanish. */
    @GetMapping({"/", "/es"})
    ModelAndView home(Language language) {
        return latest(language, 1);
    }

    @GetMapping({"/page/{page}", "/es/pagina/{page}"})
    ModelAndView page(Language language, @PathVariable String page) {
        int number = PageNumber.parse(page);
        if (number == 1) {
            return Redirects.permanent(NewsLinks.home(language));
        }
        return latest(language, number);
    }

    private ModelAndView latest(Language language, int page) {
        ListingPage listingPage = listing.latest(language, page);
        String title = page == 1 ? null : messages.get("latest.pageTitle", page);
        PageMeta meta = PageMeta.of(title, site.description(), listingPage.pagination().href(page));
        return new ModelAndView("news/list")
                .addObject("listing", listingPage)
                // Each language's first page is the other's counterpart; later pages hold different items.
                .addObject("meta", page == 1
                        ? meta.withAlternates(NewsLinks.inBoth(NewsLinks::home))
                                .withStructuredData(structuredData.website(language, NewsLinks.home(language)),
                                        structuredData.organization())
                        : meta);
    }

    /** One item: {@code /news/{slug}} in English, {@code /es/noticias/{slug}} in Spanish. */
    @GetMapping({"/news/{slug}", "/es/noticias/{slug}"})
    ModelAndView show(Language language, @PathVariable String slug, HttpServletResponse response) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(lowerCase)) {
            throw new PageNotFoundException("No item " + slug);
        }
        if (!lowerCase.equals(slug)) {
            return Redirects.permanent(NewsLinks.item(language, lowerCase));
        }
        ItemLookup lookup = itemPages.find(slug);
        if (lookup instanceof ItemLookup.Found found) {
            NewsItemView item = found.item();
            if (item.language() != language) {
                // One URL per page: an item asked for under the other language's words moves to its own.
                return Redirects.permanent(item.href());
            }
            return new ModelAndView("news/show")
                    .addObject("item", item)
                    .addObject("meta", itemMeta(item));
        }
        if (lookup instanceof ItemLookup.Moved moved) {
            return Redirects.permanent(NewsLinks.item(moved.language(), moved.currentSlug()));
        }
        if (lookup instanceof ItemLookup.Withdrawn withdrawn) {
            if (withdrawn.language() != language) {
                return Redirects.permanent(NewsLinks.item(withdrawn.language(), slug));
            }
            response.setStatus(HttpStatus.GONE.value());
            return new ModelAndView("news/withdrawn", HttpStatus.GONE)
                    .addObject("withdrawn", withdrawn)
                    .addObject("meta", PageMeta.of(withdrawn.title(), null, NewsLinks.item(language, slug)).noindexed());
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
                .withAlternates(item.alternates())
                .withStructuredData(
                        structuredData.newsArticle(new StructuredData.NewsArticle(item.title(), item.summary(),
                                item.href(), item.publishedAt(), item.modifiedAt(), tags, images, item.language())),
                        structuredData.breadcrumbs(item.breadcrumbs()));
        if (picture == null) {
            return meta;
        }
        PictureView.Image shared = picture.sharing();
        return meta.withImage(new PageMeta.Image(site.absoluteUrl(shared.path()), shared.width(), shared.height(), picture.altText()));
    }
}
