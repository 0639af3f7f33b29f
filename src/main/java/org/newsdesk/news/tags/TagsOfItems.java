package org.newsdesk.news.tags;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tags of items, each item's in alphabetical order, named and linked in a page's language. The
 * database gives only which tags an item has; their names, slugs and order come from the topics'
 * vocabulary ({@link Topics#vocabulary}), read once per content version: naming and ordering ten
 * items' tags in each listing page's statement cost the database more than finding the items.
 *
 * <p>A page of items (a feed, search results, the admin's index) takes them with {@link #of}, one
 * query for all. A statement that reads items one row each (a listing's page, an item page) takes
 * their tag ids in the same statement instead, with {@link #IDS} and {@link #joined}, as
 * {@code media.Pictures} does for lead pictures: a page makes one round trip to the database, not two.
 */
@Component
public class TagsOfItems {

    /** A column with the ids of the tags of the row aliased {@code i} (of {@code news_items}). Read with {@link #joined}. */
    public static final String IDS = "array(select nit.tag_id from news_item_tags nit where nit.news_item_id = i.id) as tag_ids";

    private final JdbcClient jdbc;
    private final Topics topics;

    TagsOfItems(JdbcClient jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    /** The tags of a row read with {@link #IDS}, for its item's page or card in {@code language}, the item's. */
    public List<TagLink> joined(ResultSet rs, Language language) throws SQLException {
        Array ids = rs.getArray("tag_ids");
        Long[] tagIds = (Long[]) ids.getArray();
        return tagIds.length == 0 ? List.of() : links(List.of(tagIds), topics.vocabulary(false), language);
    }

    /** Item id to its tags, by their English names; items without tags are absent. */
    public Map<Long, List<TagLink>> of(Collection<Long> itemIds) {
        return of(itemIds, Language.EN);
    }

    /**
     * Item id to its tags, named and linked in {@code language}: a tag without a name in that
     * language has its English name (and slug), marked as English. Items in the order given.
     */
    public Map<Long, List<TagLink>> of(Collection<Long> itemIds, Language language) {
        Map<Long, List<Long>> tagIds = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        itemIds.forEach(id -> tagIds.put(id, new ArrayList<>()));
        jdbc.sql("select news_item_id, tag_id from news_item_tags where news_item_id in (:ids)")
                .param("ids", itemIds)
                .query(rs -> {
                    tagIds.get(rs.getLong(1)).add(rs.getLong(2));
                });
        Topics.Vocabulary vocabulary = topics.vocabulary(false);
        Map<Long, List<TagLink>> tags = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Long>> item : tagIds.entrySet()) {
            if (!item.getValue().isEmpty()) {
                tags.put(item.getKey(), links(item.getValue(), vocabulary, language));
            }
        }
        return tags;
    }

    /**
     * The tags with these ids, in the order of their names in {@code language}. An id the
     * vocabulary lacks is a tag made since it was read, its change not heard of yet: the
     * vocabulary is read again. A tag deleted since the item was read is left out.
     */
    private List<TagLink> links(List<Long> ids, Topics.Vocabulary vocabulary, Language language) {
        Topics.Vocabulary names = knowsAll(vocabulary, ids, language) ? vocabulary : topics.vocabulary(true);
        List<Topics.Topic> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Topics.Topic topic = names.byId(language, id);
            if (topic != null) {
                found.add(topic);
            }
        }
        found.sort(Comparator.comparingInt(topic -> names.rank(language, topic.id())));
        List<TagLink> links = new ArrayList<>(found.size());
        for (Topics.Topic topic : found) {
            links.add(topic.link());
        }
        return links;
    }

    private static boolean knowsAll(Topics.Vocabulary vocabulary, List<Long> ids, Language language) {
        for (Long id : ids) {
            if (vocabulary.byId(language, id) == null) {
                return false;
            }
        }
        return true;
    }
}
