package org.newsdesk.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.news.tags.TagLink;
import org.newsdesk.news.tags.TagsOfItems;
import org.newsdesk.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an item page reads, in SQL and in one statement: the item with its lead picture, its tags,
 * its older and newer neighbours and its visible translation. Item pages are what a crawler
 * walking the site asks for most, each of them once, so they skip JPA as the listings do (see
 * {@link ListingQueries}): through Hibernate, the previous and next items alone were a fifth of a
 * page's CPU time, and the read-only transaction around them more. One statement rather than
 * three (the item, its tags, what is around it) spares each page two round trips, about a
 * quarter of the database's CPU time for the page.
 */
@Component
record ItemPageQueries(JdbcClient jdbc, TagsOfItems tags) {

    /**
     * The neighbours are row comparisons, which the index serves as one range: the same condition
     * written with {@code or} is a filter, and for the oldest of 100,000 items scanned the whole
     * index. An item not yet published (a draft in preview) is placed as if published {@code now}.
     */
    private static final String NEIGHBOUR = """
             left join lateral (select o.slug, o.title, o.published_at from news_items o
                where news_item_is_visible(o.status, o.published_at, :now) and o.language = i.language
                  and (o.published_at, o.id) %1$s (coalesce(i.published_at, :now), i.id)
                order by o.published_at %2$s, o.id %2$s limit 1) %3$s on true
            """;

    private static final String ITEM = """
            select i.id, i.slug, i.title, i.summary, i.body_html, i.status, i.published_at, i.updated_at, i.language,
                   i.translation_group, i.withdrawal_note, news_item_is_visible(i.status, i.published_at, :now) as visible,
                   older.slug as older_slug, older.title as older_title, older.published_at as older_published_at,
                   newer.slug as newer_slug, newer.title as newer_title, newer.published_at as newer_published_at,
                   translation.slug as translation_slug, translation.title as translation_title,
                   translation.published_at as translation_published_at,
                   %s,
            """.formatted(TagsOfItems.IDS) + Pictures.JOINED_COLUMNS + """

            from news_items i left join pictures p on p.id = i.lead_picture_id
            """
            + NEIGHBOUR.formatted("<", "desc", "older")
            + NEIGHBOUR.formatted(">", "asc", "newer") + """
             left join lateral (select o.slug, o.title, o.published_at from news_items o
                where o.translation_group = i.translation_group and o.language <> i.language
                  and news_item_is_visible(o.status, o.published_at, :now) limit 1) translation on true
            """;

    /**
     * An item as its page shows it; {@code visible} is the one visibility rule, applied at
     * {@code now}; its tags are named in its language.
     */
    record ItemRow(long id, String slug, String title, String summary, String bodyHtml, NewsStatus status,
                   Instant publishedAt, Instant updatedAt, Language language, Long translationGroup,
                   String withdrawalNote, boolean visible, PictureView leadPicture, List<TagLink> tags, Around around) {

        ItemRow withTags(List<TagLink> named) {
            return new ItemRow(id, slug, title, summary, bodyHtml, status, publishedAt, updatedAt, language,
                    translationGroup, withdrawalNote, visible, leadPicture, named, around);
        }
    }

    /** The items either side of an item in its language's listing, and its visible translation; each may be null. */
    record Around(NewsItemHeadline older, NewsItemHeadline newer, NewsItemHeadline translation) {
    }

    Optional<ItemRow> bySlug(String slug, Instant now) {
        return named(jdbc.sql(ITEM + " where i.slug = :slug").param("now", utc(now)).param("slug", slug)
                .query(ItemPageQueries::item).optional());
    }

    Optional<ItemRow> byId(long id, Instant now) {
        return named(jdbc.sql(ITEM + " where i.id = :id").param("now", utc(now)).param("id", id)
                .query(ItemPageQueries::item).optional());
    }

    /** The item's tags named in its language, once the statement has returned (see {@link TagsOfItems}). */
    private Optional<ItemRow> named(Optional<TagsOfItems.Tagged<ItemRow>> read) {
        return read.map(item -> tags.named(List.of(item), item.row().language(), ItemRow::withTags).get(0));
    }

    private static TagsOfItems.Tagged<ItemRow> item(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        Language language = Language.ofCode(rs.getString("language"));
        String other = language.other().code();
        Around around = new Around(headline(rs, "older", language.code()), headline(rs, "newer", language.code()),
                headline(rs, "translation", other));
        return new TagsOfItems.Tagged<>(new ItemRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_html"), NewsStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), language,
                rs.getObject("translation_group", Long.class), rs.getString("withdrawal_note"), rs.getBoolean("visible"),
                Pictures.joined(rs), List.of(), around), TagsOfItems.ids(rs));
    }

    /** The neighbour or translation read as {@code side}_slug, _title, _published_at, or null when there is none. */
    private static NewsItemHeadline headline(ResultSet rs, String side, String languageCode) throws SQLException {
        String slug = rs.getString(side + "_slug");
        return slug == null ? null : new NewsItemHeadline(slug, rs.getString(side + "_title"),
                rs.getObject(side + "_published_at", OffsetDateTime.class).toInstant(), languageCode);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
