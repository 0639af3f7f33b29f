package org.newsdesk.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.web.Pagination;
import org.newsdesk.site.Language;
import org.newsdesk.site.SiteTime;
import org.newsdesk.news.tags.TagLink;
import org.newsdesk.news.tags.TagsOfItems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' view of every item: the list, newest first (by publication date, and a draft
 * without a date by its last change, so that what an editor is working on is at the top; three
 * statements per page: a count, the page, the tags of its items), the topics to choose from, and
 * the counts of the dashboard.
 */
@Component
public class ItemIndex {

    static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final TagsOfItems tags;
    private final SiteTime time;
    private final Clock clock;

    ItemIndex(JdbcClient jdbc, TagsOfItems tags, SiteTime time, Clock clock) {
        this.jdbc = jdbc;
        this.tags = tags;
        this.time = time;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page find(ItemFilter filter, int page) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", now.atOffset(ZoneOffset.UTC));
        if (filter.state() != null) {
            where.append(switch (filter.state()) {
                case DRAFT -> " and i.status = 'DRAFT'";
                case SCHEDULED -> " and news_item_is_scheduled(i.status, i.published_at, :now)";
                case PUBLISHED -> " and news_item_is_visible(i.status, i.published_at, :now)";
                case WITHDRAWN -> " and i.status = 'WITHDRAWN'";
            });
        }
        if (filter.tag() != null) {
            where.append(" and exists (select 1 from news_item_tags it join tags t on t.id = it.tag_id"
                    + " where it.news_item_id = i.id and t.slug = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.language() != null) {
            where.append(" and i.language = :language");
            params.put("language", filter.language().code());
        }
        if (filter.text() != null) {
            where.append(" and (i.title ilike :pattern escape '\\' or i.summary ilike :pattern escape '\\')");
            params.put("pattern", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from news_items i" + where).params(params).query(Long.class).single();
        Pagination pagination = Pagination.of(page, total, PAGE_SIZE, "/admin/items").withQuery(filter.queryString());
        params.put("limit", PAGE_SIZE);
        params.put("offset", (page - 1) * PAGE_SIZE);
        // An item's translation, if it has one: the other item of its group (at most one per language, V80).
        List<Row> rows = jdbc.sql("select i.id, i.title, i.slug, i.status, i.published_at, i.updated_at, i.updated_by,"
                        + " i.language, t.id as translation_id from news_items i"
                        + " left join news_items t on t.translation_group = i.translation_group and t.id <> i.id" + where
                        + " order by coalesce(i.published_at, i.updated_at) desc, i.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, rowNumber) -> row(rs, now))
                .list();
        return new Page(withTags(rows), pagination);
    }

    /** How many items are in each state, and how many topics there are: one statement. */
    @Transactional(readOnly = true)
    public ItemCounts counts() {
        return jdbc.sql("""
                        select count(*) filter (where status = 'DRAFT') as drafts,
                               count(*) filter (where news_item_is_scheduled(status, published_at, :now)) as scheduled,
                               count(*) filter (where news_item_is_visible(status, published_at, :now)) as published,
                               count(*) filter (where status = 'WITHDRAWN') as withdrawn,
                               (select count(*) from tags) as tags
                        from news_items
                        """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(ItemCounts.class)
                .single();
    }

    /** Every topic by name, to filter the list by or to choose for an item. */
    List<TagLink> tags() {
        return jdbc.sql("select slug, name from tags order by name")
                .query((rs, row) -> new TagLink(rs.getString("slug"), rs.getString("name"))).list();
    }

    private Row row(ResultSet rs, Instant now) throws SQLException {
        Instant publishedAt = instant(rs.getTimestamp("published_at"));
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("slug"),
                ItemState.of(NewsStatus.valueOf(rs.getString("status")), publishedAt, now),
                inSiteZone(publishedAt), List.of(), rs.getString("updated_by"),
                inSiteZone(instant(rs.getTimestamp("updated_at"))), Language.ofCode(rs.getString("language")),
                rs.getObject("translation_id", Long.class));
    }

    private List<Row> withTags(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<TagLink>> tagsByItem = tags.of(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(row -> row.withTags(tagsByItem.getOrDefault(row.id(), List.of()).stream().map(TagLink::name).toList()))
                .toList();
    }

    private OffsetDateTime inSiteZone(Instant instant) {
        // To the second: a <time datetime> allows three decimals at most, PostgreSQL keeps six.
        return instant == null ? null : time.local(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Page(List<Row> rows, Pagination pagination) {
    }

    /**
     * One line of the list.
     *
     * @param translationId the item's translation (in the other language), or null
     */
    record Row(long id, String title, String slug, ItemState state, OffsetDateTime publishedAt, List<String> tags,
               String updatedBy, OffsetDateTime updatedAt, Language language, Long translationId) {

        Row withTags(List<String> names) {
            return new Row(id, title, slug, state, publishedAt, names, updatedBy, updatedAt, language, translationId);
        }

        public String editHref() {
            return "/admin/items/" + id;
        }

        /** Where the translation status leads: the translation, or the page that makes or links one. */
        public String translationHref() {
            return translationId == null ? "/admin/items/" + id + "/translation" : "/admin/items/" + translationId;
        }
    }
}
