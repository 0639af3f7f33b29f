package org.newsdesk.news;

import org.newsdesk.media.PictureView;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

import org.newsdesk.freshness.ContentVersion;
import org.newsdesk.web.Pagination;
import org.newsdesk.site.Language;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;
import org.newsdesk.news.tags.TagsOfItems;
import org.newsdesk.news.tags.TagLink;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of visible items, newest first: the latest news, one tag's items, one year or month.
 * Each page costs at most two queries whatever it shows: a count, and the page of items with
 * their tags; the count only once per listing and content version (see {@link ListingCounts}).
 *
 * <p>A listing page runs no transaction: its count (and where its page starts, see
 * {@link ListingPageStarts}) is kept across requests anyway, and its items come with their tags in
 * one statement. That spares every rendered page a JPA transaction, about a tenth of its time.
 */
@Service
public class NewsListing {

    /** The latest news' name for {@link ListingCounts} and {@link ListingPageStarts}. */
    private static final String LATEST = "latest";

    private final NewsItemRepository items;
    private final ListingQueries listings;
    private final TagsOfItems tags;
    private final ListingCounts counts;
    private final ListingPageStarts starts;
    private final SiteProperties site;
    private final SiteTime time;
    private final ItemPictures pictures;

    NewsListing(NewsItemRepository items, ListingQueries listings, TagsOfItems tags, ListingCounts counts,
                ListingPageStarts starts, SiteProperties site, SiteTime time, ItemPictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.listings = listings;
        this.tags = tags;
        this.counts = counts;
        this.starts = starts;
        this.site = site;
        this.time = time;
    }

    /** The latest news in one language: {@code /}, {@code /es}. */
    public ListingPage latest(Language language, int page) {
        Instant now = time.now();
        return page(language, page, NewsLinks.home(language), LATEST,
                counts.of(LATEST, language, () -> listings.countVisible(now)),
                (after, offset, limit) -> listings.findVisible(language, now, after, offset, limit));
    }

    public ListingPage withTag(Language language, long tagId, String basePath, int page) {
        Instant now = time.now();
        return page(language, page, basePath, tagListing(tagId), countWithTag(language, tagId, now),
                (after, offset, limit) -> listings.findVisibleWithTag(language, tagId, now, after, offset, limit));
    }

    /** Items of one language published in {@code [from, until)}. */
    public ListingPage between(Language language, Instant from, Instant until, String basePath, int page) {
        Instant now = time.now();
        return page(language, page, basePath, periodListing(from, until), countBetween(language, from, until, now),
                (after, offset, limit) -> listings.findVisibleBetween(language, from, until, now, after, offset, limit));
    }

    /** Whether a topic has visible items in one language. */
    public boolean hasAnyWithTag(Language language, long tagId) {
        return countWithTag(language, tagId, time.now()) > 0;
    }

    /** Whether anything in one language was published in {@code [from, until)}: whether that period has a page. */
    public boolean hasAny(Language language, Instant from, Instant until) {
        return countBetween(language, from, until, time.now()) > 0;
    }

    private long countWithTag(Language language, long tagId, Instant now) {
        return counts.of(tagListing(tagId), language, () -> listings.countVisibleWithTag(tagId, now));
    }

    private long countBetween(Language language, Instant from, Instant until, Instant now) {
        return counts.of(periodListing(from, until), language, () -> listings.countVisibleBetween(from, until, now));
    }

    /** One tag's listing's name for {@link ListingCounts} and {@link ListingPageStarts}. */
    private static String tagListing(long tagId) {
        return "tag " + tagId;
    }

    /** One period's listing's name for {@link ListingCounts} and {@link ListingPageStarts}. */
    private static String periodListing(Instant from, Instant until) {
        return "between " + from + " " + until;
    }

    /** Years and months that have visible items in one language, newest first, with their counts. */
    @Transactional(readOnly = true)
    public List<ArchiveYear> archive(Language language) {
        Map<Integer, List<ArchiveMonth>> months = new LinkedHashMap<>();
        for (NewsItemRepository.MonthCount row
                : items.countVisibleByMonth(time.zone().getId(), time.now(), language.code())) {
            months.computeIfAbsent(row.getYear(), year -> new ArrayList<>())
                    .add(new ArchiveMonth(YearMonth.of(row.getYear(), row.getMonth()), row.getItems(), language));
        }
        return months.entrySet().stream().map(year -> new ArchiveYear(year.getKey(), year.getValue(), language)).toList();
    }

    /** The newest visible items of one language, whole (body and tags): a feed. Two queries, whatever the count. */
    @Transactional(readOnly = true)
    public List<FeedEntry> latestEntries(Language language, int count) {
        return toEntries(language, items.findVisibleEntries(time.now(), language.code(), Limit.of(count)));
    }

    /** The newest visible items of one language with one tag, whole: a topic's feed. */
    @Transactional(readOnly = true)
    public List<FeedEntry> latestEntriesWithTag(Language language, long tagId, int count) {
        return toEntries(language, items.findVisibleEntriesWithTag(tagId, time.now(), language.code(), Limit.of(count)));
    }

    private List<FeedEntry> toEntries(Language language, List<FeedEntryRow> rows) {
        Map<Long, List<TagLink>> tagsByItem = tags.of(rows.stream().map(FeedEntryRow::id).toList(), language);
        Map<Long, FeedEntry.FeedPicture> picturesById = feedPictures(rows);
        java.util.function.UnaryOperator<String> bodies = pictures.forFeed(rows.stream().map(FeedEntryRow::bodyHtml).toList());
        return rows.stream()
                .map(row -> new FeedEntry(row.id(), row.slug(), row.title(), row.summary(), bodies.apply(row.bodyHtml()),
                        time.local(row.publishedAt()),
                        // An item edited before its scheduled publication changed, for its readers, when it appeared.
                        time.local(row.updatedAt().isAfter(row.publishedAt()) ? row.updatedAt() : row.publishedAt()),
                        row.createdAt(), tagsByItem.getOrDefault(row.id(), List.of()), language,
                        row.leadPictureId() == null ? null : picturesById.get(row.leadPictureId())))
                .toList();
    }

    /** The entries' lead pictures, in two statements whatever their number (none without pictures). */
    private Map<Long, FeedEntry.FeedPicture> feedPictures(List<FeedEntryRow> rows) {
        List<Long> ids = rows.stream().map(FeedEntryRow::leadPictureId).filter(java.util.Objects::nonNull).toList();
        Map<Long, PictureView> found = pictures.library().find(ids);
        Map<String, Long> sizes = pictures.library().fileSizes(found.values().stream().map(picture -> picture.jpegPath(1280)).toList());
        Map<Long, FeedEntry.FeedPicture> feedPictures = new java.util.HashMap<>();
        found.forEach((id, picture) -> feedPictures.put(id, new FeedEntry.FeedPicture(picture.jpegPath(1280),
                sizes.getOrDefault(picture.jpegPath(1280), 0L), picture.altText())));
        return feedPictures;
    }

    /**
     * One page of a listing ({@code listing} names it for {@link ListingCounts} and
     * {@link ListingPageStarts}): read after the item that ended the page before it when that is
     * known at this content version, else by skipping the pages before it. A full page tells
     * where the next one starts.
     */
    private ListingPage page(Language language, int page, String basePath, String listing, long count, PageQuery rows) {
        int size = site.pageSize();
        Pagination pagination = Pagination.of(page, count, size, basePath);
        // Taken before the rows are read: what they tell is then true at this version or a newer one.
        ContentVersion version = starts.version();
        ListingPageStarts.After after = page > 1 ? starts.of(listing, language, page, version) : null;
        List<ListingRow> found = rows.find(after, after == null ? (page - 1) * size : 0, size);
        if (found.size() == size) {
            ListingRow last = found.get(size - 1);
            starts.learn(listing, language, page + 1, new ListingPageStarts.After(last.publishedAt(), last.id()), version);
        }
        return new ListingPage(toCards(found, language), pagination);
    }

    @FunctionalInterface
    private interface PageQuery {
        /** A page's rows: after {@code after} when not null, else after {@code offset} rows. */
        List<ListingRow> find(ListingPageStarts.After after, int offset, int limit);
    }

    private List<NewsItemCard> toCards(List<ListingRow> rows, Language language) {
        return rows.stream()
                .map(row -> new NewsItemCard(row.id(), row.slug(), row.title(), row.summary(),
                        time.local(row.publishedAt()), row.tags(), language, row.picture()))
                .toList();
    }
}
