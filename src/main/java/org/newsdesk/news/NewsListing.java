package org.newsdesk.news;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.newsdesk.system.Pagination;
import org.newsdesk.system.SiteProperties;
import org.newsdesk.tags.TagLink;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of visible items, newest first: the latest news, one tag's items, one year or month.
 * Each page costs three queries whatever it shows: a count, the page of items, their tags.
 */
@Service
@Transactional(readOnly = true)
public class NewsListing {

    private final NewsItemRepository items;
    private final SiteProperties site;
    private final Clock clock;

    NewsListing(NewsItemRepository items, SiteProperties site, Clock clock) {
        this.items = items;
        this.site = site;
        this.clock = clock;
    }

    public ListingPage latest(int page) {
        Instant now = clock.instant();
        return page(page, "/", () -> items.countVisible(now), pageable -> items.findVisible(now, pageable));
    }

    public ListingPage withTag(long tagId, String basePath, int page) {
        Instant now = clock.instant();
        return page(page, basePath, () -> items.countVisibleWithTag(tagId, now),
                pageable -> items.findVisibleWithTag(tagId, now, pageable));
    }

    /** Items published in {@code [from, until)}. */
    public ListingPage between(Instant from, Instant until, String basePath, int page) {
        Instant now = clock.instant();
        return page(page, basePath, () -> items.countVisibleBetween(from, until, now),
                pageable -> items.findVisibleBetween(from, until, now, pageable));
    }

    /** Years and months that have visible items, newest first, with their counts. */
    public List<ArchiveYear> archive() {
        Map<Integer, List<ArchiveMonth>> months = new LinkedHashMap<>();
        for (NewsItemRepository.MonthCount row : items.countVisibleByMonth(site.timeZone().getId(), clock.instant())) {
            months.computeIfAbsent(row.getYear(), year -> new ArrayList<>())
                    .add(new ArchiveMonth(YearMonth.of(row.getYear(), row.getMonth()), row.getItems()));
        }
        return months.entrySet().stream().map(year -> new ArchiveYear(year.getKey(), year.getValue())).toList();
    }

    /** The newest visible items, whole (body and tags): a feed. Two queries, whatever the count. */
    public List<NewsItemEntry> latestEntries(int count) {
        return toEntries(items.findVisibleEntries(clock.instant(), Limit.of(count)));
    }

    /** The newest visible items with one tag, whole: a topic's feed. */
    public List<NewsItemEntry> latestEntriesWithTag(long tagId, int count) {
        return toEntries(items.findVisibleEntriesWithTag(tagId, clock.instant(), Limit.of(count)));
    }

    private List<NewsItemEntry> toEntries(List<NewsItemEntryRow> rows) {
        Map<Long, List<TagLink>> tagsByItem = tagsOf(rows.stream().map(NewsItemEntryRow::id).toList());
        return rows.stream()
                .map(row -> new NewsItemEntry(row.id(), row.slug(), row.title(), row.summary(), row.bodyHtml(),
                        inSiteZone(row.publishedAt()),
                        // An item edited before its scheduled publication changed, for its readers, when it appeared.
                        inSiteZone(row.updatedAt().isAfter(row.publishedAt()) ? row.updatedAt() : row.publishedAt()),
                        row.createdAt(), tagsByItem.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private OffsetDateTime inSiteZone(Instant instant) {
        return instant.atZone(site.timeZone()).toOffsetDateTime();
    }

    private ListingPage page(int page, String basePath, LongSupplier count,
                             Function<Pageable, List<NewsItemRow>> rows) {
        Pagination pagination = Pagination.of(page, count.getAsLong(), site.pageSize(), basePath);
        List<NewsItemRow> found = rows.apply(PageRequest.of(page - 1, site.pageSize()));
        return new ListingPage(toCards(found), pagination);
    }

    List<NewsItemCard> toCards(List<NewsItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TagLink>> tagsByItem = tagsOf(rows.stream().map(NewsItemRow::id).toList());
        return rows.stream()
                .map(row -> new NewsItemCard(row.id(), row.slug(), row.title(), row.summary(),
                        row.publishedAt().atZone(site.timeZone()).toOffsetDateTime(),
                        tagsByItem.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** The tags of many items in one query rather than one per item. */
    private Map<Long, List<TagLink>> tagsOf(List<Long> itemIds) {
        Map<Long, List<TagLink>> tagsByItem = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return tagsByItem;
        }
        for (ItemTagRow tag : items.findTagsOf(itemIds)) {
            tagsByItem.computeIfAbsent(tag.itemId(), id -> new ArrayList<>()).add(new TagLink(tag.slug(), tag.name()));
        }
        return tagsByItem;
    }
}
