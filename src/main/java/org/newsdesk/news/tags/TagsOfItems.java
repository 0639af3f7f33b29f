package org.newsdesk.news.tags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
 * their tag ids in the same statement instead, with {@link #IDS} and {@link #ids}, as
 * {@code media.Pictures} does for lead pictures, and names them with {@link #named} once it has
 * returned: the vocabulary, when it must be read, is read on a connection of its own, never while
 * the statement's connection is held (ten pages doing so at once could take the whole pool).
 */
@Component
public class TagsOfItems {

    /** A column with the ids of the tags of the row aliased {@code i} (of {@code news_items}). Read with {@link #ids}. */
    public static final String IDS = "array(select nit.tag_id from news_item_tags nit where nit.news_item_id = i.id) as tag_ids";

    private final JdbcClient jdbc;
    private final Topics topics;

    TagsOfItems(JdbcClient jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    /** The tag ids of a row read with {@link #IDS}. */
    public static List<Long> ids(ResultSet rs) throws SQLException {
        return List.of((Long[]) rs.getArray("tag_ids").getArray());
    }

    /** A row read with its tag ids, whose tags are still to be named. */
    public record Tagged<T>(T row, List<Long> tagIds) {
    }

    /**
     * The rows with their tags named in {@code language} (the rows' own), set with {@code withTags};
     * to be called once the statement that read them has returned.
     */
    public <T> List<T> named(List<Tagged<T>> rows, Language language, BiFunction<T, List<TagLink>, T> withTags) {
        List<List<TagLink>> names = named(rows.stream().map(Tagged::tagIds).toList(), language);
        List<T> named = new ArrayList<>(rows.size());
        for (int n = 0; n < rows.size(); n++) {
            named.add(withTags.apply(rows.get(n).row(), names.get(n)));
        }
        return named;
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
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> tagIds = new LinkedHashMap<>();
        itemIds.forEach(id -> tagIds.put(id, new ArrayList<>()));
        jdbc.sql("select news_item_id, tag_id from news_item_tags where news_item_id in (:ids)")
                .param("ids", itemIds)
                .query(rs -> {
                    tagIds.get(rs.getLong(1)).add(rs.getLong(2));
                });
        tagIds.values().removeIf(List::isEmpty);
        List<List<TagLink>> names = named(List.copyOf(tagIds.values()), language);
        Map<Long, List<TagLink>> tags = new LinkedHashMap<>();
        int n = 0;
        for (Long itemId : tagIds.keySet()) {
            tags.put(itemId, names.get(n++));
        }
        return tags;
    }

    /**
     * Each list of tag ids as links in the order of their names in {@code language}. The vocabulary
     * is read at most once more, if it lacks an id: a tag made since it was read, whose change has
     * not been heard of yet. A tag deleted since the items were read is left out.
     */
    private List<List<TagLink>> named(List<List<Long>> tagIdsOfRows, Language language) {
        if (tagIdsOfRows.stream().allMatch(List::isEmpty)) {
            return tagIdsOfRows.stream().map(ids -> List.<TagLink>of()).toList();
        }
        Topics.Vocabulary vocabulary = topics.vocabulary(false);
        if (!knowsAll(vocabulary, tagIdsOfRows, language)) {
            vocabulary = topics.vocabulary(true);
        }
        List<List<TagLink>> named = new ArrayList<>(tagIdsOfRows.size());
        for (List<Long> ids : tagIdsOfRows) {
            named.add(links(ids, vocabulary, language));
        }
        return named;
    }

    private static boolean knowsAll(Topics.Vocabulary vocabulary, List<List<Long>> tagIdsOfRows, Language language) {
        for (List<Long> ids : tagIdsOfRows) {
            for (Long id : ids) {
                if (vocabulary.byId(language, id) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<TagLink> links(List<Long> ids, Topics.Vocabulary vocabulary, Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Topics.Topic> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Topics.Topic topic = vocabulary.byId(language, id);
            if (topic != null) {
                found.add(topic);
            }
        }
        found.sort(Comparator.comparingInt(topic -> vocabulary.rank(language, topic.id())));
        List<TagLink> links = new ArrayList<>(found.size());
        for (Topics.Topic topic : found) {
            links.add(topic.link());
        }
        return links;
    }
}
