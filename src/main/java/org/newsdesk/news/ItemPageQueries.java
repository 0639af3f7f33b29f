package org.newsdesk.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an item page reads, in SQL: the item with its lead picture, then its older and newer
 * neighbours and its visible translation in one statement. Item pages are what a crawler walking
 * the site asks for most, each of them once, so they skip JPA as the listings do (see
 * {@link ListingQueries}): through Hibernate, the previous and next items alone were a fifth of a
 * page's CPU time, and the read-only transaction around them more.
 */
@Component
record ItemPageQueries(JdbcClient jdbc) {

    private static final String ITEM = """
            select i.id, i.slug, i.title, i.summary, i.body_html, i.status, i.published_at, i.updated_at, i.language,
                   i.translation_group, i.withdrawal_note, news_item_is_visible(i.status, i.published_at, :now) as visible,
            """ + Pictures.JOINED_COLUMNS + """
            
            from news_items i left join pictures p on p.id = i.lead_picture_id
            """;

    /** The visibility rule, the language, and a row comparison the index serves as one range (see {@link #around}). */
    private static final String NEIGHBOUR = """
            select '%s' as side, i.slug, i.title, i.published_at, i.language from news_items i
            where news_item_is_visible(i.status, i.published_at, :now) and i.language = :language
              and (i.published_at, i.id) %s (:publishedAt, :id)
            order by i.published_at %s, i.id %s limit 1
            """;

    /** An item as its page shows it; {@code visible} is the one visibility rule, applied at {@code now}. */
    record ItemRow(long id, String slug, String title, String summary, String bodyHtml, NewsStatus status,
                   Instant publishedAt, Instant updatedAt, Language language, Long translationGroup,
                   String withdrawalNote, boolean visible, PictureView leadPicture) {
    }

    /** The items either side of an item in its language's listing, and its visible translation; each may be null. */
    record Around(NewsItemHeadline older, NewsItemHeadline newer, NewsItemHeadline translation) {
    }

    Optional<ItemRow> bySlug(String slug, Instant now) {
        return jdbc.sql(ITEM + " where i.slug = :slug").param("now", utc(now)).param("slug", slug)
                .query(ItemPageQueries::item).optional();
    }

    Optional<ItemRow> byId(long id, Instant now) {
        return jdbc.sql(ITEM + " where i.id = :id").param("now", utc(now)).param("id", id)
                .query(ItemPageQueries::item).optional();
    }

    /**
     * The visible items published just before and just after {@code publishedAt} (ties broken by
     * id, like the listing) and the item's visible translation, in one statement. The neighbours
     * are row comparisons: the same condition written with {@code or} is a filter, and for the
     * oldest of 100,000 items scanned the whole index.
     */
    Around around(ItemRow item, Instant publishedAt, Instant now) {
        Map<String, Object> params = new HashMap<>(Map.of("now", utc(now), "language", item.language().code(),
                "publishedAt", utc(publishedAt), "id", item.id(), "other", item.language().other().code()));
        params.put("group", item.translationGroup());
        Map<String, NewsItemHeadline> found = new HashMap<>();
        jdbc.sql("(" + NEIGHBOUR.formatted("older", "<", "desc", "desc") + ") union all ("
                        + NEIGHBOUR.formatted("newer", ">", "asc", "asc") + ") union all ("
                        + """
                        select 'translation', i.slug, i.title, i.published_at, i.language from news_items i
                        where i.translation_group = :group and i.language = :other
                          and news_item_is_visible(i.status, i.published_at, :now) limit 1)
                        """)
                .params(params)
                .query((ResultSet rs) -> {
                    found.put(rs.getString(1), new NewsItemHeadline(rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
                });
        return new Around(found.get("older"), found.get("newer"), found.get("translation"));
    }

    private static ItemRow item(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new ItemRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_html"), NewsStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), Language.ofCode(rs.getString("language")),
                rs.getObject("translation_group", Long.class), rs.getString("withdrawal_note"), rs.getBoolean("visible"),
                Pictures.joined(rs));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
