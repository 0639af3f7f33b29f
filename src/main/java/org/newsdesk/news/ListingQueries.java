package org.newsdesk.news;

import org.newsdesk.media.Pictures;
import org.newsdesk.news.tags.TagsOfItems;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.newsdesk.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The listing queries (the latest news, one tag's items, a year or a month), in SQL. They run on
 * every rendered listing page, so they skip JPA: no persistence context, no query translation,
 * rows straight into records. Each applies the one visibility rule, the SQL function {@code news_item_is_visible} (V53).
 *
 * <p>A page is found in two steps in one statement (a "deferred join"): the subquery walks only
 * the index {@code news_items_visible_idx} (published_at desc, id desc, partial on status), in an
 * index-only scan, to skip {@code offset} rows and take the page's ids; only those rows are then
 * read from the table. Skipping 90,000 wide rows would otherwise read (or sort) the whole table:
 * page 9,000 of 100,000 items goes from about 100 ms to about 10 ms.
 */
@Repository
class ListingQueries {

    /** The visibility rule, and the listing's language beside it (index news_items_visible_language_idx, V80). */
    private static final String VISIBLE = "news_item_is_visible(i.status, i.published_at, :now) and i.language = :language";
    /** The visibility rule alone: counts are made for both languages at once (a listing's page needs its counterpart's). */
    private static final String VISIBLE_ANY = "news_item_is_visible(i.status, i.published_at, :now)";
    private static final String NEWEST_FIRST = " order by i.published_at desc, i.id desc";
    private static final String WITH_TAG = "join news_item_tags nit on nit.news_item_id = i.id and nit.tag_id = :tag";
    private static final String BETWEEN = " and i.published_at >= :from and i.published_at < :until";
    /** After a known item, in the newest-first order. */
    private static final String AFTER = " and (i.published_at, i.id) < (:afterPublishedAt, :afterId)";

    private final JdbcClient jdbc;
    private final TagsOfItems tags;

    ListingQueries(JdbcClient jdbc, TagsOfItems tags) {
        this.jdbc = jdbc;
        this.tags = tags;
    }

    Map<Language, Long> countVisible(Instant now) {
        return count("where " + VISIBLE_ANY, Map.of("now", utc(now)));
    }

    List<ListingRow> findVisible(Language language, Instant now, ListingPageStarts.After after, int offset, int limit) {
        return page(language, "where " + VISIBLE, Map.of("now", utc(now), "language", language.code()), after, offset, limit);
    }

    Map<Language, Long> countVisibleWithTag(long tagId, Instant now) {
        return count(WITH_TAG + " where " + VISIBLE_ANY, Map.of("now", utc(now), "tag", tagId));
    }

    List<ListingRow> findVisibleWithTag(Language language, long tagId, Instant now, ListingPageStarts.After after,
                                        int offset, int limit) {
        return page(language, WITH_TAG + " where " + VISIBLE, Map.of("now", utc(now), "tag", tagId, "language", language.code()),
                after, offset, limit);
    }

    /** Items published in {@code [from, until)}. */
    Map<Language, Long> countVisibleBetween(Instant from, Instant until, Instant now) {
        return count("where " + VISIBLE_ANY + BETWEEN, Map.of("now", utc(now), "from", utc(from), "until", utc(until)));
    }

    List<ListingRow> findVisibleBetween(Language language, Instant from, Instant until, Instant now,
                                        ListingPageStarts.After after, int offset, int limit) {
        return page(language, "where " + VISIBLE + BETWEEN, Map.of("now", utc(now), "from", utc(from), "until", utc(until),
                        "language", language.code()),
                after, offset, limit);
    }

    /** How many items each language has in the listing, in one statement. */
    private Map<Language, Long> count(String filter, Map<String, ?> params) {
        return jdbc.sql("select count(*) filter (where i.language = 'en'), count(*) filter (where i.language = 'es')"
                        + " from news_items i " + filter)
                .params(params)
                .query((rs, row) -> Map.of(Language.EN, rs.getLong(1), Language.ES, rs.getLong(2)))
                .single();
    }

    /**
     * The page size is written into the statement, and so is a first page's offset: bound as
     * parameters, PostgreSQL's generic plan guesses a tenth of the table for each, never beats a plan
     * made for "the first 10", and every execution of the home page's statement was planned again
     * (0.4 ms of the database's CPU per page, as much as running it). Written out, a first page is
     * the same text every time, prepared once per connection and run on its generic plan; later pages
     * share one text with the offset bound, whose generic plan wins over their varied offsets.
     * Both are ints: nothing from the request reaches the text. The items' tags come in the same
     * statement ({@link TagsOfItems#IDS}), named once it has returned: one round trip per page.
     *
     * <p>A page whose start is known ({@code after}, see {@link ListingPageStarts}) is read from
     * there: a row comparison the index serves as one range, so the walk is one page long
     * whatever the page's number.
     */
    private List<ListingRow> page(Language language, String filter, Map<String, ?> params, ListingPageStarts.After after,
                                  int offset, int limit) {
        String from = after == null ? "" : AFTER;
        List<TagsOfItems.Tagged<ListingRow>> rows = jdbc.sql("select i.id, i.slug, i.title, i.summary, i.published_at, " + Pictures.JOINED_COLUMNS
                        + ", " + TagsOfItems.IDS + " from news_items i left join pictures p on p.id = i.lead_picture_id"
                        + " where i.id in (select i.id from news_items i " + filter + from + NEWEST_FIRST
                        + " limit " + limit + (offset == 0 ? "" : " offset :offset") + ")" + NEWEST_FIRST)
                .params(params)
                .param("offset", offset)
                .param("afterPublishedAt", after == null ? null : utc(after.publishedAt()))
                .param("afterId", after == null ? null : after.id())
                .query((rs, rowNum) -> new TagsOfItems.Tagged<>(row(rs), TagsOfItems.ids(rs)))
                .list();
        return tags.named(rows, language, ListingRow::withTags);
    }

    private static ListingRow row(ResultSet rs) throws SQLException {
        return new ListingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), Pictures.joined(rs), List.of());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
