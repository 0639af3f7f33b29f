package org.newsdesk.news.tags;

import org.newsdesk.news.NewsLinks;
import org.newsdesk.news.Trails;
import org.newsdesk.site.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsdesk.site.Language;

import org.newsdesk.news.ListingPage;
import org.newsdesk.news.NewsListing;
import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.seo.FeedLink;
import org.newsdesk.seo.PageMeta;
import org.newsdesk.seo.StructuredData;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.PageNumber;
import org.newsdesk.web.Pagination;
import org.newsdesk.web.Redirects;
import org.newsdesk.site.Slugs;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The topics page ({@code /tags}, {@code /es/temas}) and each tag's items ({@code /tags/{slug}}, {@code /es/temas/{slug}}, paginated). */
@Controller
record TagController(Topics topics, NewsListing listing, Messages messages, Clock clock,
        StructuredData structuredData) {

    @GetMapping({"/tags", "/es/temas"})
    ModelAndView index(Language language) {
        return new ModelAndView("tags/index")
                .addObject("tags", topics.countVisible(language, clock.instant()))
                .addObject("meta", PageMeta.of(messages.get("tags.title"), messages.get("tags.description"),
                        NewsLinks.tags(language)).withAlternates(NewsLinks.inBoth(NewsLinks::tags)));
    }

    @GetMapping({"/tags/{slug}", "/es/temas/{slug}"})
    ModelAndView show(Language language, @PathVariable String slug) {
        return tagPage(language, slug, 1);
    }

    @GetMapping({"/tags/{slug}/page/{page}", "/es/temas/{slug}/pagina/{page}"})
    ModelAndView page(Language language, @PathVariable String slug, @PathVariable String page) {
        int number = PageNumber.parse(page);
        if (number == 1) {
            return Redirects.permanent(NewsLinks.tag(language, slug.toLowerCase(Locale.ROOT)));
        }
        return tagPage(language, slug, number);
    }

    private ModelAndView tagPage(Language language, String slug, int page) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(lowerCase)) {
            throw new PageNotFoundException("No tag " + slug);
        }
        if (!lowerCase.equals(slug)) {
            return Redirects.permanent(Pagination.href(NewsLinks.tag(language, lowerCase), page));
        }
        Topics.Topic topic = topics.find(language, slug).orElse(null);
        if (topic == null) {
            // A renamed or merged tag (or the other language's slug): its old address moves to the current one, page and all.
            String current = topics.currentSlugFor(language, slug)
                    .orElseThrow(() -> new PageNotFoundException("No tag " + slug));
            return Redirects.permanent(Pagination.href(NewsLinks.tag(language, current), page));
        }
        String tagPath = NewsLinks.tag(language, slug);
        ListingPage found = listing.withTag(language, topic.id(), tagPath, page);
        String title = page == 1 ? topic.name() : messages.get("listing.pageTitle", topic.name(), page);
        // Shown on the page and written as JSON-LD.
        List<Breadcrumb> trail = Trails.from(messages, language, List.of(
                new Breadcrumb(messages.get("tags.heading"), NewsLinks.tags(language)), new Breadcrumb(topic.name(), tagPath)));
        PageMeta meta = PageMeta.of(title, messages.get("tags.show.description", topic.name()), found.pagination().href(page))
                .withFeed(FeedLink.ofTopic(topic.name(), tagPath))
                .withStructuredData(structuredData.breadcrumbs(trail));
        if (page == 1 && !found.isEmpty() && listing.hasAnyWithTag(language.other(), topic.id())) {
            // The same topic in the other language, under its name there, when both have news (else one is not indexed).
            meta = meta.withAlternates(Map.of(language, tagPath, language.other(), topic.otherHref()));
        }
        return new ModelAndView("tags/show")
                .addObject("tag", topic.link())
                .addObject("breadcrumbs", trail)
                .addObject("listing", found)
                // A topic with nothing public yet is a real page, but not one worth indexing.
                .addObject("meta", found.isEmpty() ? meta.noindexed() : meta);
    }
}
