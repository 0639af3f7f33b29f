package org.newsdesk.news.tags;

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
 */
@Component
public class TagsOfItems {

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
                        order by lower(coalesce(tr.name, t.name))""")
                .param("ids", itemIds)
                .param("language", language.code())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new TagLink(rs.getString(2), rs.getString(3), language,
                                    rs.getBoolean(4) ? Language.EN : language));
                });
        return tags;
    }
}
