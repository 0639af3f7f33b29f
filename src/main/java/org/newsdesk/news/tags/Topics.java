package org.newsdesk.news.tags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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

    /** A topic's slug and name in {@code :language}, and whether the name is the English one standing in. */
    private static final String IN_LANGUAGE = """
            select t.id, coalesce(tr.slug, t.slug) as slug, coalesce(tr.name, t.name) as name,
                   tr.name is null and :language <> 'en' as untranslated
            from tags t left join tag_translations tr on tr.tag_id = t.id and tr.language = :language""";

    private final JdbcClient jdbc;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The topic at {@code /tags/{slug}} or {@code /es/temas/{slug}}. */
    public Optional<Topic> find(Language language, String slug) {
        return find(language, "coalesce(tr.slug, t.slug) = :key", slug);
    }

    /** The topic with this id, named in {@code language}. */
    public Optional<Topic> find(Language language, long id) {
        return find(language, "t.id = :key", id);
    }

    private Optional<Topic> find(Language language, String condition, Object key) {
        return jdbc.sql(IN_LANGUAGE + " where " + condition).param("language", language.code()).param("key", key)
                .query((rs, row) -> topic(rs, language)).optional();
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
        return find(language.other(), oldSlug).flatMap(other -> find(language, other.id())).map(Topic::slug);
    }

    /** Topics with visible items in {@code language}, with how many, by name. */
    public List<TagCount> countVisible(Language language, Instant now) {
        return jdbc.sql("select topic.slug, topic.name, topic.untranslated, count(*) from (" + IN_LANGUAGE + ") topic"
                        + " join news_item_tags nit on nit.tag_id = topic.id join news_items i on i.id = nit.news_item_id"
                        + " where news_item_is_visible(i.status, i.published_at, :now) and i.language = :language"
                        + " group by topic.id, topic.slug, topic.name, topic.untranslated order by lower(topic.name)")
                .param("language", language.code())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new TagCount(rs.getString(1), rs.getString(2), rs.getLong(4), language,
                        rs.getBoolean(3) ? Language.EN : language))
                .list();
    }

    private static Topic topic(ResultSet rs, Language language) throws SQLException {
        return new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), language,
                rs.getBoolean("untranslated") ? Language.EN : language);
    }

    /** A topic in one language: its slug and name there, and the language of that name. */
    public record Topic(long id, String slug, String name, Language language, Language nameLanguage) {

        public TagLink link() {
            return new TagLink(slug, name, language, nameLanguage);
        }
    }
}
