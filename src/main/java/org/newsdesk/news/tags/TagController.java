package org.newsdesk.news.tags;

import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

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

/** The topics page ({@code /tags}) and each tag's items ({@code /tags/{slug}}, paginated). */
@Controller
class TagController {

    private final TagRepository tags;
    private final TagSlugRepository tagSlugs;
    private final NewsListing listing;
    private final Messages messages;
    private final Clock clock;
    private final StructuredData structuredData;

    TagController(TagRepository tags, TagSlugRepository tagSlugs, NewsListing listing,
                  Messages messages, Clock clock, StructuredData structuredData) {
        this.tags = tags;
        this.tagSlugs = tagSlugs;
        this.listing = listing;
        this.messages = messages;
        this.clock = clock;
        this.structuredData = structuredData;
    }

    @GetMapping("/tags")
    ModelAndView index() {
        return new ModelAndView("tags/index")
                .addObject("tags", tags.countVisibleItemsPerTag(clock.instant()))
                .addObject("meta", PageMeta.of(messages.get("tags.title"), messages.get("tags.description"), NewsLinks.tags()));
    }

    @GetMapping("/tags/{slug}")
    ModelAndView show(@PathVariable String slug) {
        return tagPage(slug, 1);
    }

    @GetMapping("/tags/{slug}/page/{page}")
    ModelAndView page(@PathVariable String slug, @PathVariable String page) {
        int number = PageNumber.parse(page);
        if (number == 1) {
            return Redirects.permanent(NewsLinks.tag(slug.toLowerCase(Locale.ROOT)));
        }
        return tagPage(slug, number);
    }

    private ModelAndView tagPage(String slug, int page) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(lowerCase)) {
            throw new PageNotFoundException("No tag " + slug);
        }
        if (!lowerCase.equals(slug)) {
            return Redirects.permanent(Pagination.href(NewsLinks.tag(lowerCase), page));
        }
        Tag tag = tags.findBySlug(slug).orElse(null);
        if (tag == null) {
            // A renamed or merged tag: its old address moves to the current one, page and all.
            String current = tagSlugs.findCurrentSlug(slug).orElseThrow(() -> new PageNotFoundException("No tag " + slug));
            return Redirects.permanent(Pagination.href(NewsLinks.tag(current), page));
        }
        ListingPage found = listing.withTag(tag.getId(), NewsLinks.tag(slug), page);
        String title = page == 1 ? tag.getName() : messages.get("listing.pageTitle", tag.getName(), page);
        String tagPath = NewsLinks.tag(slug);
        // Shown on the page and written as JSON-LD.
        List<Breadcrumb> trail = List.of(new Breadcrumb(messages.get("item.home"), "/"),
                new Breadcrumb(messages.get("tags.heading"), NewsLinks.tags()), new Breadcrumb(tag.getName(), tagPath));
        PageMeta meta = PageMeta.of(title, messages.get("tags.show.description", tag.getName()), found.pagination().href(page))
                .withFeed(FeedLink.ofTopic(tag.getName(), tagPath))
                .withStructuredData(structuredData.breadcrumbs(trail));
        return new ModelAndView("tags/show")
                .addObject("tag", new TagLink(tag.getSlug(), tag.getName()))
                .addObject("breadcrumbs", trail)
                .addObject("listing", found)
                // A topic with nothing public yet is a real page, but not one worth indexing.
                .addObject("meta", found.isEmpty() ? meta.noindexed() : meta);
    }
}
