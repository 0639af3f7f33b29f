package org.newsdesk.news;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.newsdesk.media.Pictures;
import org.newsdesk.news.tags.TagLink;
import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.site.Messages;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds what an item URL shows, applying the visibility rule and the slug history. */
@Service
@Transactional(readOnly = true)
public class NewsItemPages {

    private final NewsItemRepository items;
    private final NewsItemSlugRepository oldSlugs;
    private final SiteProperties site;
    private final SiteTime time;
    private final Messages messages;
    private final Clock clock;
    private final Pictures pictures;
    private final DateTimeFormatter monthLabel;

    NewsItemPages(NewsItemRepository items, NewsItemSlugRepository oldSlugs, SiteProperties site, SiteTime time,
                  Messages messages, Clock clock, Pictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.oldSlugs = oldSlugs;
        this.site = site;
        this.time = time;
        this.messages = messages;
        this.clock = clock;
        this.monthLabel = DateTimeFormatter.ofPattern("MMMM yyyy", site.locale());
    }

    ItemLookup find(String slug) {
        Instant now = clock.instant();
        Optional<NewsItem> current = items.findBySlug(slug);
        if (current.isPresent()) {
            return lookup(current.get(), now);
        }
        return oldSlugs.findById(slug)
                .flatMap(old -> items.findById(old.getOwnerId()))
                // An old URL of an item that is not public must not reveal that the item exists.
                .filter(item -> item.isVisibleAt(now) || item.getStatus() == NewsStatus.WITHDRAWN)
                .<ItemLookup>map(item -> new ItemLookup.Moved(item.getSlug()))
                .orElseGet(ItemLookup.Missing::new);
    }

    private ItemLookup lookup(NewsItem item, Instant now) {
        if (item.isVisibleAt(now)) {
            return new ItemLookup.Found(toView(item, now));
        }
        if (item.getStatus() == NewsStatus.WITHDRAWN) {
            return new ItemLookup.Withdrawn(item.getTitle(), item.getWithdrawalNote());
        }
        return new ItemLookup.Missing();
    }

    /**
     * Any item (a draft, a scheduled item) as its public page will show it, for the editors'
     * preview. A draft without a date is shown as if it were published now.
     */
    public Optional<NewsItemView> preview(long id) {
        Instant now = clock.instant();
        return items.findById(id).map(item -> toView(item, item.getPublishedAt() != null ? item.getPublishedAt() : now, now));
    }

    private NewsItemView toView(NewsItem item, Instant now) {
        return toView(item, item.getPublishedAt(), now);
    }

    private NewsItemView toView(NewsItem item, Instant publishedAt, Instant now) {
        List<TagLink> tags = item.getTags().stream()
                .map(tag -> new TagLink(tag.getSlug(), tag.getName()))
                .sorted(Comparator.comparing(tag -> tag.name().toLowerCase(site.locale())))
                .toList();
        NewsItemHeadline older = first(items.findOlder(publishedAt, item.getId(), now, Limit.of(1)));
        NewsItemHeadline newer = first(items.findNewer(publishedAt, item.getId(), now, Limit.of(1)));
        OffsetDateTime published = time.local(publishedAt);
        List<Breadcrumb> breadcrumbs = List.of(new Breadcrumb(messages.get("item.home"), NewsLinks.home()),
                new Breadcrumb(monthLabel.format(published), NewsLinks.month(YearMonth.from(published))),
                new Breadcrumb(item.getTitle(), NewsLinks.item(item.getSlug())));
        return new NewsItemView(item.getId(), item.getSlug(), item.getTitle(), item.getSummary(), item.getBodyHtml(),
                published, time.local(item.getUpdatedAt()), tags, older, newer, breadcrumbs,
                item.getLeadPictureId() == null ? null : pictures.find(item.getLeadPictureId()).orElse(null));
    }

    private static NewsItemHeadline first(List<ListingRow> rows) {
        return rows.isEmpty() ? null : new NewsItemHeadline(rows.get(0).slug(), rows.get(0).title(), rows.get(0).publishedAt());
    }
}
