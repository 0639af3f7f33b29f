package org.newsdesk.news.tags;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tags of a page of items (a listing, a feed, search results), in one query rather than one
 * per item, each item's tags in alphabetical order. Plain SQL: it runs on every rendered listing,
 * where JPA's per-query work (a query with a list parameter is translated again on every call)
 * cost more than the query itself.
 *
 * <p>A statement that reads items one row each (a listing's page, an item page) takes their tags
 * in the same statement instead, with {@link #JOINED} and {@link #joined}, as {@code media.Pictures}
 * does for lead pictures: a page makes one round trip to the database, not two.
 */
@Component
public class TagsOfItems {

    /** The order of an item's tags: by name, in the language shown. */
    private static final String BY_NAME = "lower(coalesce(tr.name, t.name))";

    /**
     * A lateral join giving the tags of the row aliased {@code i} (of {@code news_items}), named in
     * the item's own language, as three arrays in the order of {@link #of(Collection, Language)}:
     * {@code tag_slugs}, {@code tag_names}, {@code tag_untranslated}. Read with {@link #joined}.
     */
    public static final String JOINED = " left join lateral (select"
            + " array_agg(coalesce(tr.slug, t.slug) order by " + BY_NAME + ") as tag_slugs,"
            + " array_agg(coalesce(tr.name, t.name) order by " + BY_NAME + ") as tag_names,"
            + " array_agg(tr.name is null order by " + BY_NAME + ") as tag_untranslated"
            + " from news_item_tags nit join tags t on t.id = nit.tag_id"
            + " left join tag_translations tr on tr.tag_id = t.id and tr.language = i.language"
            + " where nit.news_item_id = i.id) item_tags on true";

    /** The tags of a row read with {@link #JOINED}, for its item's page or card in {@code language}, the item's. */
    public static List<TagLink> joined(ResultSet rs, Language language) throws SQLException {
        Array slugs = rs.getArray("tag_slugs");
        if (slugs == null) {
            return List.of();
        }
        String[] slug = (String[]) slugs.getArray();
        String[] name = (String[]) rs.getArray("tag_names").getArray();
        Boolean[] untranslated = (Boolean[]) rs.getArray("tag_untranslated").getArray();
        List<TagLink> tags = new ArrayList<>(slug.length);
        for (int n = 0; n < slug.length; n++) {
            tags.add(link(slug[n], name[n], untranslated[n], language));
        }
        return tags;
    }

    /** A tag as read in {@code language}: without a name in that language, its English name (and slug), marked as English. */
    private static TagLink link(String slug, String name, boolean untranslated, Language language) {
        return new TagLink(slug, name, language, untranslated ? Language.EN : language);
    }

    private final JdbcClient jdbc;

    TagsOfItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Item id to its tags, by their English names; items without tags are absent. */
    public Map<Long, List<TagLink>> of(Collection<Long> itemIds) {
        return of(itemIds, Language.EN);
    }

    /**
     * Item id to its tags, named and linked in {@code language}: a tag without a name in that
     * language has its English name (and slug), marked as English.
     */
    public Map<Long, List<TagLink>> of(Collection<Long> itemIds, Language language) {
        Map<Long, List<TagLink>> tags = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("""
                        select nit.news_item_id, coalesce(tr.slug, t.slug), coalesce(tr.name, t.name), tr.name is null
                        from news_item_tags nit join tags t on t.id = nit.tag_id
                        left join tag_translations tr on tr.tag_id = t.id and tr.language = :language
                        where nit.news_item_id in (:ids)
                        order by %s""".formatted(BY_NAME))
                .param("ids", itemIds)
                .param("language", language.code())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(link(rs.getString(2), rs.getString(3), rs.getBoolean(4), language));
                });
        return tags;
    }
}
