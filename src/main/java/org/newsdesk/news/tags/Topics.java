package org.newsdesk.news.tags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** A topic's English slug and name and its Spanish ones (null when it has none). */
    private static final String BOTH = """
            select t.id, t.slug as en_slug, t.name as en_name, es.slug as es_slug, es.name as es_name
            from tags t left join tag_translations es on es.tag_id = t.id and es.language = 'es'""";

    private final JdbcClient jdbc;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The topic at {@code /tags/{slug}} or {@code /es/temas/{slug}}. */
    public Optional<Topic> find(Language language, String slug) {
        String slugThere = language == Language.ES ? "coalesce(es.slug, t.slug)" : "t.slug";
        return jdbc.sql(BOTH + " where " + slugThere + " = :slug").param("slug", slug)
                .query((rs, row) -> topic(rs, language)).optional();
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
