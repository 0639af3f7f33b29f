package org.newsdesk.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Items and the public queries over them. Every public query applies the one visibility rule:
 * {@code status = PUBLISHED and publishedAt <= now}.
 */
public interface NewsItemRepository extends JpaRepository<NewsItem, Long> {

    String VISIBLE = "i.status = org.newsdesk.news.NewsStatus.PUBLISHED and i.publishedAt <= :now";
    String ROW = "new org.newsdesk.news.NewsItemRow(i.id, i.slug, i.title, i.summary, i.publishedAt)";
    String NEWEST_FIRST = " order by i.publishedAt desc, i.id desc";

    Optional<NewsItem> findBySlug(String slug);

    @Query("select count(i) from NewsItem i where " + VISIBLE)
    long countVisible(Instant now);

    @Query("select " + ROW + " from NewsItem i where " + VISIBLE + NEWEST_FIRST)
    List<NewsItemRow> findVisible(Instant now, Pageable page);

    @Query("select count(i) from NewsItem i join i.tags t where t.id = :tagId and " + VISIBLE)
    long countVisibleWithTag(long tagId, Instant now);

    @Query("select " + ROW + " from NewsItem i join i.tags t where t.id = :tagId and " + VISIBLE + NEWEST_FIRST)
    List<NewsItemRow> findVisibleWithTag(long tagId, Instant now, Pageable page);

    @Query("select count(i) from NewsItem i where i.publishedAt >= :from and i.publishedAt < :until and " + VISIBLE)
    long countVisibleBetween(Instant from, Instant until, Instant now);

    @Query("select " + ROW + " from NewsItem i where i.publishedAt >= :from and i.publishedAt < :until and "
            + VISIBLE + NEWEST_FIRST)
    List<NewsItemRow> findVisibleBetween(Instant from, Instant until, Instant now, Pageable page);

    /** The tags of a page of items, in one query rather than one per item. */
    @Query("select new org.newsdesk.news.ItemTagRow(i.id, t.slug, t.name) from NewsItem i join i.tags t "
            + "where i.id in :itemIds order by lower(t.name)")
    List<ItemTagRow> findTagsOf(Collection<Long> itemIds);

    /** The visible item published just before the given one (ties broken by id, like the listing). */
    @Query("select " + ROW + " from NewsItem i where " + VISIBLE
            + " and (i.publishedAt < :publishedAt or (i.publishedAt = :publishedAt and i.id < :id))" + NEWEST_FIRST)
    List<NewsItemRow> findOlder(Instant publishedAt, long id, Instant now, Limit limit);

    /** The visible item published just after the given one. */
    @Query("select " + ROW + " from NewsItem i where " + VISIBLE
            + " and (i.publishedAt > :publishedAt or (i.publishedAt = :publishedAt and i.id > :id))"
            + " order by i.publishedAt asc, i.id asc")
    List<NewsItemRow> findNewer(Instant publishedAt, long id, Instant now, Limit limit);

    /** Visible items per month in the site's time zone, newest month first. */
    @Query(value = """
            select cast(extract(year from published_at at time zone :zone) as int) as year,
                   cast(extract(month from published_at at time zone :zone) as int) as month,
                   count(*) as items
            from news_items
            where status = 'PUBLISHED' and published_at <= :now
            group by 1, 2
            order by 1 desc, 2 desc
            """, nativeQuery = true)
    List<MonthCount> countVisibleByMonth(String zone, Instant now);

    interface MonthCount {
        int getYear();

        int getMonth();

        long getItems();
    }
}
