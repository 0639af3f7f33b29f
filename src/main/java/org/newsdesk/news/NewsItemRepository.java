package org.newsdesk.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Items and the public queries over them (the listings' queries are in SQL, {@link ListingQueries}).
 * Every public query applies the one visibility rule, the SQL function {@code news_item_is_visible}
 * (V53): in JPQL through {@link #VISIBLE}, in SQL by name.
 */
public interface NewsItemRepository extends JpaRepository<NewsItem, Long> {

    /** The visibility rule for an item {@code i} at {@code :now}, in JPQL (which calls a function so). */
    String VISIBLE = "function('news_item_is_visible', i.status, i.publishedAt, :now) = true";
    String NEWEST_FIRST = " order by i.publishedAt desc, i.id desc";

    Optional<NewsItem> findBySlug(String slug);

    /** Whether another item of this translation group is in this language (at most one may be: V80). */
    boolean existsByTranslationGroupAndLanguageAndIdNot(Long translationGroup, String language, Long id);

    // Feeds, sitemaps and the news sitemap.

    String ENTRY = "new org.newsdesk.news.FeedEntryRow(i.id, i.slug, i.title, i.summary, i.bodyHtml, i.publishedAt, "
            + "i.updatedAt, i.createdAt, i.leadPictureId)";

    /** The newest visible items with their bodies, for a feed. */
    @Query("select " + ENTRY + " from NewsItem i where " + VISIBLE + " and i.language = :language" + NEWEST_FIRST)
    List<FeedEntryRow> findVisibleEntries(Instant now, String language, Limit limit);

    @Query("select " + ENTRY + " from NewsItem i join i.tags t where t.id = :tagId and " + VISIBLE
            + " and i.language = :language" + NEWEST_FIRST)
    List<FeedEntryRow> findVisibleEntriesWithTag(long tagId, Instant now, String language, Limit limit);

    /** Visible items published after {@code since}, newest first: the news sitemap. */
    @Query("select new org.newsdesk.news.NewsItemHeadline(i.slug, i.title, i.publishedAt, i.language) from NewsItem i "
            + "where i.publishedAt > :since and " + VISIBLE + NEWEST_FIRST)
    List<NewsItemHeadline> findVisibleHeadlinesSince(Instant since, Instant now, Limit limit);

    /**
     * Visible items published in {@code [from, until)}, oldest first (so that a month's sitemap
     * parts stay stable as items are added), with the last change a reader would notice: an
     * edit, or the publication itself when a scheduled item appeared after its last edit.
     */
    @Query("select new org.newsdesk.news.NewsItemModified(i.slug, greatest(i.publishedAt, i.updatedAt), i.leadPictureId, "
            + "i.language, t.slug, t.language) from NewsItem i left join NewsItem t on t.translationGroup = i.translationGroup "
            + "and t.id <> i.id and function('news_item_is_visible', t.status, t.publishedAt, :now) = true "
            + "where i.publishedAt >= :from and i.publishedAt < :until and " + VISIBLE
            + " order by i.publishedAt asc, i.id asc")
    List<NewsItemModified> findVisibleModifiedBetween(Instant from, Instant until, Instant now, Pageable page);

    /**
     * Each month's visible items (in the site's time zone) split into parts of at most
     * {@code partSize}, oldest first, newest month first: how many in each part and when the
     * part last changed.
     */
    @Query(value = """
            select year, month, part, count(*) as items, max(modified_at) as modified_at
            from (select cast(extract(year from published_at at time zone :zone) as int) as year,
                         cast(extract(month from published_at at time zone :zone) as int) as month,
                         cast((row_number() over (
                             partition by date_trunc('month', published_at at time zone :zone)
                             order by published_at, id) - 1) / :partSize + 1 as int) as part,
                         greatest(published_at, updated_at) as modified_at
                  from news_items
                  where news_item_is_visible(status, published_at, :now)) visible
            group by year, month, part
            order by year desc, month desc, part asc
            """, nativeQuery = true)
    List<MonthPart> countVisibleByMonthPart(String zone, Instant now, int partSize);

    /** Each language's months with visible items (in the site's time zone), newest first, and their last change. */
    @Query(value = """
            select language,
                   cast(extract(year from published_at at time zone :zone) as int) as year,
                   cast(extract(month from published_at at time zone :zone) as int) as month,
                   max(greatest(published_at, updated_at)) as modified_at
            from news_items
            where news_item_is_visible(status, published_at, :now)
            group by 1, 2, 3
            order by 2 desc, 3 desc, 1
            """, nativeQuery = true)
    List<LanguageMonth> findVisibleMonthsPerLanguage(String zone, Instant now);

    interface LanguageMonth {
        String getLanguage();

        int getYear();

        int getMonth();

        Instant getModifiedAt();
    }

    /** Visible items of one language per month in the site's time zone, newest month first. */
    @Query(value = """
            select cast(extract(year from published_at at time zone :zone) as int) as year,
                   cast(extract(month from published_at at time zone :zone) as int) as month,
                   count(*) as items
            from news_items
            where news_item_is_visible(status, published_at, :now) and language = :language
            group by 1, 2
            order by 1 desc, 2 desc
            """, nativeQuery = true)
    List<MonthCount> countVisibleByMonth(String zone, Instant now, String language);

    interface MonthPart {
        int getYear();

        int getMonth();

        int getPart();

        long getItems();

        Instant getModifiedAt();
    }

    interface MonthCount {
        int getYear();

        int getMonth();

        long getItems();
    }
}
