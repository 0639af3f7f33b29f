package org.newsdesk.news;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.newsdesk.news.ItemPageQueries.ItemRow;
import org.newsdesk.site.Language;
import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.site.Messages;
import org.newsdesk.site.SiteTime;

import org.springframework.stereotype.Service;

/**
 * Finds what an item URL shows, applying the visibility rule and the slug history. Reads in SQL
 * ({@link ItemPageQueries}), without a transaction: one statement for a page (the item, its
 * topics, its neighbours and translation), one consistent snapshot.
 */
@Service
public class NewsItemPages {

    private final ItemPageQueries queries;
    private final NewsItemSlugRepository oldSlugs;
    private final SiteTime time;
    private final Messages messages;
    private final Clock clock;
    private final ItemPictures pictures;

    NewsItemPages(ItemPageQueries queries, NewsItemSlugRepository oldSlugs, SiteTime time,
                  Messages messages, Clock clock, ItemPictures pictures) {
        this.queries = queries;
        this.oldSlugs = oldSlugs;
        this.time = time;
        this.messages = messages;
        this.clock = clock;
        this.pictures = pictures;
    }

    ItemLookup find(String slug) {
        Instant now = clock.instant();
        Optional<ItemRow> current = queries.bySlug(slug, now);
        if (current.isPresent()) {
            return lookup(current.get());
        }
        return oldSlugs.findById(slug)
                .flatMap(old -> queries.byId(old.getOwnerId(), now))
                // An old URL of an item that is not public must not reveal that the item exists.
                .filter(item -> item.visible() || item.status() == NewsStatus.WITHDRAWN)
                .<ItemLookup>map(item -> new ItemLookup.Moved(item.language(), item.slug()))
                .orElseGet(ItemLookup.Missing::new);
    }

    private ItemLookup lookup(ItemRow item) {
        if (item.visible()) {
            return new ItemLookup.Found(toView(item, item.publishedAt()));
        }
        if (item.status() == NewsStatus.WITHDRAWN) {
            return new ItemLookup.Withdrawn(item.language(), item.title(), item.withdrawalNote());
        }
        return new ItemLookup.Missing();
    }

    /**
     * Any item (a draft, a scheduled item) as its public page will show it, for the editors'
     * preview. A draft without a date is shown as if it were published now.
     */
    public Optional<NewsItemView> preview(long id) {
        Instant now = clock.instant();
        return queries.byId(id, now).map(item -> toView(item, item.publishedAt() != null ? item.publishedAt() : now));
    }

    /** A body's sanitised HTML as an item page shows it: the pictures it places, in place (the live preview). */
    String bodyAsShown(String bodyHtml) {
        return pictures.forPage(bodyHtml);
    }

    private NewsItemView toView(ItemRow item, Instant publishedAt) {
        Language language = item.language();
        ItemPageQueries.Around around = item.around();
        OffsetDateTime published = time.local(publishedAt);
        List<Breadcrumb> breadcrumbs = Trails.from(messages, language, List.of(
                new Breadcrumb(language.monthFormat().format(published), NewsLinks.month(language, YearMonth.from(published))),
                new Breadcrumb(item.title(), NewsLinks.item(language, item.slug()))));
        return new NewsItemView(item.id(), item.slug(), item.title(), item.summary(), pictures.forPage(item.bodyHtml()),
                published, time.local(item.updatedAt()), item.tags(), around.older(), around.newer(), breadcrumbs, language,
                around.translation(), item.leadPicture());
    }
}
