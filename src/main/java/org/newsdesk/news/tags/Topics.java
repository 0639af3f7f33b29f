package org.newsdesk.news.tags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.freshness.ContentVersion;
import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Topics as readers of each language see them: one vocabulary ({@code tags}, whose name and slug
 * are the English ones) with a name and slug per language ({@code tag_translations}, V81). A topic
 * without a Spanish name has its English name and slug on Spanish pages, marked as English.
 */
@Component
public class Topics {

    /** A topic's English slug and name and its Spanish ones (null when it has none), read by {@link #topic}. */
    private static final String NAMES = "t.id, t.slug as en_slug, t.name as en_name, es.slug as es_slug, es.name as es_name";
    private static final String TAGS = " from tags t left join tag_translations es on es.tag_id = t.id and es.language = 'es'";
    private static final String BOTH = "select " + NAMES + TAGS;

    /**
     * Every topic, with its order by name in each language: by {@code lower(name)} in the
     * database's collation, as readers have always seen them listed, the id breaking ties.
     */
    private static final String VOCABULARY = "select " + NAMES
            + ", row_number() over (order by lower(t.name), t.id) as en_rank"
            + ", row_number() over (order by lower(coalesce(es.name, t.name)), t.id) as es_rank" + TAGS;

    private final JdbcClient jdbc;
    private final ContentVersions versions;
    /** The vocabulary as last read, with the content version it was read at; null before the first. */
    private volatile Vocabulary known;

    Topics(JdbcClient jdbc, ContentVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /**
     * The topic at {@code /tags/{slug}} or {@code /es/temas/{slug}}, from the vocabulary. A slug it
     * does not know is looked up in the database, by an index: a topic made a moment ago, whose
     * change has not been heard of yet, or (far more often) an old or mistyped address, which must
     * not cost a reading of every topic. A Spanish slug that is both one topic's Spanish slug and
     * another's untranslated English one is the translated topic's.
     */
    public Optional<Topic> find(Language language, String slug) {
        Topic known = vocabulary(false).bySlug(language, slug);
        if (known != null) {
            return Optional.of(known);
        }
        String slugThere = language == Language.ES ? "coalesce(es.slug, t.slug)" : "t.slug";
        return jdbc.sql(BOTH + " where " + slugThere + " = :slug order by es.slug is null, t.id limit 1").param("slug", slug)
                .query((rs, row) -> topic(rs, language)).optional();
    }

    /**
     * Every topic as both languages show it, read once per content version (every change to a
     * tag, its names or slugs is one: V81's triggers) rather than joined into each page's
     * statement: on a listing page, naming and ordering ten items' topics in SQL cost the database
     * more than finding the items. The version is {@link ContentVersions#current()}: known without
     * asking the database while changes are heard of, else one small read, not the vocabulary's.
     * Requests that find it out of date at the same moment may each read it: a few times per change
     * at most. One entry per topic and language: thousands of topics would be a few hundred kilobytes.
     *
     * @param fresh read from the database even if the current version's is known: an id or slug
     *     it lacks may belong to a topic made since, whose change has not been heard of yet
     */
    Vocabulary vocabulary(boolean fresh) {
        ContentVersion version = versions.current();
        Vocabulary last = known;
        if (!fresh && last != null && version.equals(last.version())) {
            return last;
        }
        // Read after the version was taken: what it finds is at least as new as the version it is kept for.
        Vocabulary read = new Vocabulary(version, jdbc.sql(VOCABULARY).query((rs, row) -> new Ranked(
                topic(rs, Language.EN), rs.getInt("en_rank"), topic(rs, Language.ES), rs.getInt("es_rank"))).list());
        known = read;
        return read;
    }

    /** The slugs in {@code language} of the topics with these ids: a topic without a Spanish slug has its English one. */
    public Set<String> slugs(Language language, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(BOTH + " where t.id in (:ids)").param("ids", ids)
                .query((rs, row) -> topic(rs, language).slug()).list());
    }

    /**
     * The current slug, in {@code language}, of the topic that had {@code oldSlug} in that
     * language before (renamed or merged), or that has it now in the other language.
     */
    public Optional<String> currentSlugFor(Language language, String oldSlug) {
        Optional<String> renamed = jdbc.sql("""
                        select coalesce(tr.slug, t.slug) from tag_slugs s join tags t on t.id = s.tag_id
                        left join tag_translations tr on tr.tag_id = t.id and tr.language = :language
                        where s.slug = :slug and s.language = :language""")
                .param("language", language.code())
                .param("slug", oldSlug)
                .query(String.class)
                .optional();
        if (renamed.isPresent()) {
            return renamed;
        }
        return find(language.other(), oldSlug).map(Topic::otherSlug);
    }

    /** Topics with visible items in {@code language}, with how many, by name. */
    public List<TagCount> countVisible(Language language, Instant now) {
        return jdbc.sql("select coalesce(tr.slug, t.slug), coalesce(tr.name, t.name), tr.name is null, count(*) from tags t"
                        + " left join tag_translations tr on tr.tag_id = t.id and tr.language = :language"
                        + " join news_item_tags nit on nit.tag_id = t.id join news_items i on i.id = nit.news_item_id"
                        + " where news_item_is_visible(i.status, i.published_at, :now) and i.language = :language"
                        + " group by t.id, coalesce(tr.slug, t.slug), coalesce(tr.name, t.name), tr.name is null"
                        + " order by lower(coalesce(tr.name, t.name))")
                .param("language", language.code())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new TagCount(rs.getString(1), rs.getString(2), rs.getLong(4), language,
                        rs.getBoolean(3) ? Language.EN : language))
                .list();
    }

    /** Each topic's visible items per language, with the topic's slug there and their last change: the sitemap's topic pages. */
    public List<TopicModified> modifiedPerLanguage(Instant now) {
        return jdbc.sql("""
                        select t.id, i.language, coalesce(tr.slug, t.slug), max(greatest(i.published_at, i.updated_at))
                        from tags t join news_item_tags nit on nit.tag_id = t.id join news_items i on i.id = nit.news_item_id
                        left join tag_translations tr on tr.tag_id = t.id and tr.language = i.language
                        where news_item_is_visible(i.status, i.published_at, :now)
                        group by t.id, i.language, coalesce(tr.slug, t.slug)
                        order by t.slug, t.id, i.language""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new TopicModified(rs.getLong(1), Language.ofCode(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A topic's page in one language and when its visible items there last changed. */
    public record TopicModified(long id, Language language, String slug, Instant modifiedAt) {

        public String href() {
            return NewsLinks.tag(language, slug);
        }
    }

    /** The topic as {@code language}'s pages show it, with its slug in the other language. */
    private static Topic topic(ResultSet rs, Language language) throws SQLException {
        String spanishSlug = rs.getString("es_slug") == null ? rs.getString("en_slug") : rs.getString("es_slug");
        boolean untranslated = rs.getString("es_name") == null;
        return language == Language.ES
                ? new Topic(rs.getLong("id"), spanishSlug, untranslated ? rs.getString("en_name") : rs.getString("es_name"),
                        language, untranslated ? Language.EN : Language.ES, rs.getString("en_slug"))
                : new Topic(rs.getLong("id"), rs.getString("en_slug"), rs.getString("en_name"), language, language, spanishSlug);
    }

    /** A topic in each language, and its place in that language's order by name. */
    private record Ranked(Topic english, int englishRank, Topic spanish, int spanishRank) {
    }

    /** Every topic in each language, by id and by slug there, and its place in that language's order by name. */
    static final class Vocabulary {

        private final ContentVersion version;
        private final Map<Language, Map<Long, Topic>> byId = new EnumMap<>(Language.class);
        private final Map<Language, Map<String, Topic>> bySlug = new EnumMap<>(Language.class);
        private final Map<Language, Map<Long, Integer>> rank = new EnumMap<>(Language.class);

        private Vocabulary(ContentVersion version, List<Ranked> topics) {
            this.version = version;
            for (Language language : Language.values()) {
                byId.put(language, new HashMap<>());
                bySlug.put(language, new HashMap<>());
                rank.put(language, new HashMap<>());
            }
            for (Ranked ranked : topics) {
                add(ranked.english(), ranked.englishRank());
                add(ranked.spanish(), ranked.spanishRank());
            }
        }

        private void add(Topic topic, int place) {
            byId.get(topic.language()).put(topic.id(), topic);
            // A Spanish slug may also be an untranslated topic's English one: the translated topic's, as find's lookup.
            bySlug.get(topic.language()).merge(topic.slug(), topic,
                    (one, other) -> one.nameLanguage() == one.language() ? one : other);
            rank.get(topic.language()).put(topic.id(), place);
        }

        ContentVersion version() {
            return version;
        }

        /** The topic with this id as {@code language}'s pages show it, or null. */
        Topic byId(Language language, long id) {
            return byId.get(language).get(id);
        }

        Topic bySlug(Language language, String slug) {
            return bySlug.get(language).get(slug);
        }

        /** The place of a topic this vocabulary has in {@code language}'s order by name. */
        int rank(Language language, long id) {
            return rank.get(language).get(id);
        }
    }

    /**
     * A topic in one language: its slug and name there, the language of that name, and its slug in
     * the other language (where the language switch and hreflang lead).
     */
    public record Topic(long id, String slug, String name, Language language, Language nameLanguage, String otherSlug) {

        public TagLink link() {
            return new TagLink(slug, name, language, nameLanguage);
        }

        /** The same topic's page in the other language. */
        public String otherHref() {
            return NewsLinks.tag(language.other(), otherSlug);
        }
    }
}
