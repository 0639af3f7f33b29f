package org.newsdesk.news;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.newsdesk.news.tags.TagLink;
import org.newsdesk.news.tags.TagsOfItems;
import org.newsdesk.site.Language;
import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.site.Messages;
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
    private final SiteTime time;
    private final Messages messages;
    private final Clock clock;
    private final TagsOfItems tagsOfItems;
    private final ItemPictures pictures;

    NewsItemPages(NewsItemRepository items, NewsItemSlugRepository oldSlugs, SiteTime time,
                  Messages messages, Clock clock, TagsOfItems tagsOfItems, ItemPictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.oldSlugs = oldSlugs;
        this.time = time;
        this.messages = messages;
        this.clock = clock;
        this.tagsOfItems = tagsOfItems;
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
                .<ItemLookup>map(item -> new ItemLookup.Moved(item.getLanguage(), item.getSlug()))
                .orElseGet(ItemLookup.Missing::new);
    }

    private ItemLookup lookup(NewsItem item, Instant now) {
        if (item.isVisibleAt(now)) {
            return new ItemLookup.Found(toView(item, now));
        }
        if (item.getStatus() == NewsStatus.WITHDRAWN) {
            return new ItemLookup.Withdrawn(item.getLanguage(), item.getTitle(), item.getWithdrawalNote());
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

    /** A body's sanitised HTML as an item page shows it: the pictures it places, in place (the live preview). */
    String bodyAsShown(String bodyHtml) {
        return pictures.forPage(bodyHtml);
    }

    private NewsItemView toView(NewsItem item, Instant now) {
        return toView(item, item.getPublishedAt(), now);
    }

    private NewsItemView toView(NewsItem item, Instant publishedAt, Instant now) {
        Language language = item.getLanguage();
        List<TagLink> tags = tagsOfItems.of(List.of(item.getId()), language).getOrDefault(item.getId(), List.of());
        NewsItemHeadline older = first(items.findOlder(publishedAt, item.getId(), language.code(), now, Limit.of(1)), language);
        NewsItemHeadline newer = first(items.findNewer(publishedAt, item.getId(), language.code(), now, Limit.of(1)), language);
        NewsItemHeadline translation = item.getTranslationGroup() == null ? null
                : items.findVisibleTranslation(item.getTranslationGroup(), language.other().code(), now)
                        .map(other -> new NewsItemHeadline(other.getSlug(), other.getTitle(), other.getPublishedAt(), other.getLanguage()))
                        .orElse(null);
        OffsetDateTime published = time.local(publishedAt);
        List<Breadcrumb> breadcrumbs = Trails.from(messages, language, List.of(
                new Breadcrumb(language.monthFormat().format(published), NewsLinks.month(language, YearMonth.from(published))),
                new Breadcrumb(item.getTitle(), NewsLinks.item(language, item.getSlug()))));
        return new NewsItemView(item.getId(), item.getSlug(), item.getTitle(), item.getSummary(), pictures.forPage(item.getBodyHtml()),
                published, time.local(item.getUpdatedAt()), tags, older, newer, breadcrumbs, language, translation,
                pictures.lead(item.getLeadPictureId()));
    }

    private static NewsItemHeadline first(List<ListingRow> rows, Language language) {
        return rows.isEmpty() ? null
                : new NewsItemHeadline(rows.get(0).slug(), rows.get(0).title(), rows.get(0).publishedAt(), language);
    }
}
