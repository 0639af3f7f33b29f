package org.newsdesk.news;

import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

import org.newsdesk.web.Pagination;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;
import org.newsdesk.news.tags.TagsOfItems;
import org.newsdesk.news.tags.TagLink;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of visible items, newest first: the latest news, one tag's items, one year or month.
 * Each page costs at most three queries whatever it shows: a count, the page of items, their
 * tags; the count only once per listing and content version (see {@link ListingCounts}).
 *
 * <p>A listing page runs no transaction: its count is kept across requests anyway, and a page
 * read a moment before its tags shows nothing a reader could call inconsistent. That spares
 * every rendered page a JPA transaction, about a tenth of its time.
 */
@Service
public class NewsListing {

    private final NewsItemRepository items;
    private final ListingQueries listings;
    private final TagsOfItems tags;
    private final ListingCounts counts;
    private final SiteProperties site;
    private final SiteTime time;
    private final Pictures pictures;

    NewsListing(NewsItemRepository items, ListingQueries listings, TagsOfItems tags, ListingCounts counts,
                SiteProperties site, SiteTime time, Pictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.listings = listings;
        this.tags = tags;
        this.counts = counts;
        this.site = site;
        this.time = time;
    }

    public ListingPage latest(int page) {
        Instant now = time.now();
        return page(page, "/", counts.of("latest", () -> listings.countVisible(now)),
                (offset, limit) -> listings.findVisible(now, offset, limit));
    }

    public ListingPage withTag(long tagId, String basePath, int page) {
        Instant now = time.now();
        return page(page, basePath, counts.of("tag " + tagId, () -> listings.countVisibleWithTag(tagId, now)),
                (offset, limit) -> listings.findVisibleWithTag(tagId, now, offset, limit));
    }

    /** Items published in {@code [from, until)}. */
    public ListingPage between(Instant from, Instant until, String basePath, int page) {
        Instant now = time.now();
        return page(page, basePath, counts.of("between " + from + " " + until,
                        () -> listings.countVisibleBetween(from, until, now)),
                (offset, limit) -> listings.findVisibleBetween(from, until, now, offset, limit));
    }

    /** Years and months that have visible items, newest first, with their counts. */
    @Transactional(readOnly = true)
    public List<ArchiveYear> archive() {
        Map<Integer, List<ArchiveMonth>> months = new LinkedHashMap<>();
        for (NewsItemRepository.MonthCount row : items.countVisibleByMonth(time.zone().getId(), time.now())) {
            months.computeIfAbsent(row.getYear(), year -> new ArrayList<>())
                    .add(new ArchiveMonth(YearMonth.of(row.getYear(), row.getMonth()), row.getItems()));
        }
        return months.entrySet().stream().map(year -> new ArchiveYear(year.getKey(), year.getValue())).toList();
    }

    /** The newest visible items, whole (body and tags): a feed. Two queries, whatever the count. */
    @Transactional(readOnly = true)
    public List<FeedEntry> latestEntries(int count) {
        return toEntries(items.findVisibleEntries(time.now(), Limit.of(count)));
    }

    /** The newest visible items with one tag, whole: a topic's feed. */
    @Transactional(readOnly = true)
    public List<FeedEntry> latestEntriesWithTag(long tagId, int count) {
        return toEntries(items.findVisibleEntriesWithTag(tagId, time.now(), Limit.of(count)));
    }

    private List<FeedEntry> toEntries(List<FeedEntryRow> rows) {
        Map<Long, List<TagLink>> tagsByItem = tags.of(rows.stream().map(FeedEntryRow::id).toList());
        Map<Long, FeedEntry.FeedPicture> picturesById = feedPictures(rows);
        return rows.stream()
                .map(row -> new FeedEntry(row.id(), row.slug(), row.title(), row.summary(), row.bodyHtml(),
                        time.local(row.publishedAt()),
                        // An item edited before its scheduled publication changed, for its readers, when it appeared.
                        time.local(row.updatedAt().isAfter(row.publishedAt()) ? row.updatedAt() : row.publishedAt()),
                        row.createdAt(), tagsByItem.getOrDefault(row.id(), List.of()),
                        row.leadPictureId() == null ? null : picturesById.get(row.leadPictureId())))
                .toList();
    }

    /** The entries' lead pictures, in two statements whatever their number (none without pictures). */
    private Map<Long, FeedEntry.FeedPicture> feedPictures(List<FeedEntryRow> rows) {
        List<Long> ids = rows.stream().map(FeedEntryRow::leadPictureId).filter(java.util.Objects::nonNull).toList();
        Map<Long, PictureView> found = pictures.find(ids);
        Map<String, Long> sizes = pictures.fileSizes(found.values().stream().map(picture -> picture.jpegPath(1280)).toList());
        Map<Long, FeedEntry.FeedPicture> feedPictures = new java.util.HashMap<>();
        found.forEach((id, picture) -> feedPictures.put(id, new FeedEntry.FeedPicture(picture.jpegPath(1280),
                sizes.getOrDefault(picture.jpegPath(1280), 0L), picture.altText())));
        return feedPictures;
    }

    private ListingPage page(int page, String basePath, long count, PageQuery rows) {
        Pagination pagination = Pagination.of(page, count, site.pageSize(), basePath);
        List<ListingRow> found = rows.find((page - 1) * site.pageSize(), site.pageSize());
        return new ListingPage(toCards(found), pagination);
    }

    @FunctionalInterface
    private interface PageQuery {
        List<ListingRow> find(int offset, int limit);
    }

    List<NewsItemCard> toCards(List<ListingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TagLink>> tagsByItem = tags.of(rows.stream().map(ListingRow::id).toList());
        return rows.stream()
                .map(row -> new NewsItemCard(row.id(), row.slug(), row.title(), row.summary(),
                        time.local(row.publishedAt()),
                        tagsByItem.getOrDefault(row.id(), List.of()), row.picture()))
                .toList();
    }
}
