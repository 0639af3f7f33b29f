package org.newsdesk.news.tags;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.Slugs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A topic's Spanish name and slug ({@code tag_translations}, V81), as editors set them on the
 * topic's screen: its English name stays as it is, and a Spanish slug it leaves keeps answering
 * 301 on {@code /es/temas/} ({@code tag_slugs} with language {@code es}). Without a Spanish name the
 * topic shows its English one on Spanish pages.
 */
@Service
record TopicTranslations(JdbcClient jdbc, AuditLog audit, Clock clock, TransactionOperations transactions) {

    /** The Spanish name and slug, or none. */
    Optional<TagForm> spanish(long id) {
        return jdbc.sql("select name, slug from tag_translations where tag_id = :id and language = 'es'")
                .param("id", id).query((rs, row) -> new TagForm(rs.getString("name"), rs.getString("slug"))).optional();
    }

    /**
     * Sets the Spanish name; an empty slug is made from it.
     *
     * @return the Spanish slug now
     */
    String rename(long id, String name, String typedSlug) {
        return transactions.execute(status -> {
            jdbc.sql("select id from tags where id = :id for update").param("id", id).query(Long.class).optional()
                    .orElseThrow(TagNotFoundException::new);
            TagForm before = spanish(id).orElse(null);
            String slug = typedSlug == null || typedSlug.isBlank() ? Slugs.fromText(name) : typedSlug.strip().toLowerCase(Locale.ROOT);
            if (!Slugs.isValid(slug)) {
                throw new RefusedException(TagRefusal.SLUG_INVALID, "slug");
            }
            jdbc.sql("select t.name from tag_translations tr join tags t on t.id = tr.tag_id"
                            + " where tr.language = 'es' and tr.tag_id <> :id and (tr.slug = :slug or lower(tr.name) = lower(:name))")
                    .param("id", id).param("slug", slug).param("name", name).query(String.class).optional().ifPresent(other -> {
                        throw new RefusedException(TagRefusal.SLUG_TAKEN, "slug", other);
                    });
            jdbc.sql("""
                            insert into tag_translations (tag_id, language, name, slug) values (:id, 'es', :name, :slug)
                            on conflict (tag_id, language) do update set name = excluded.name, slug = excluded.slug
                            """)
                    .param("id", id).param("name", name).param("slug", slug).update();
            retire(id, before, name, slug);
            return slug;
        });
    }

    /** The Spanish slug the topic leaves answers 301 in Spanish; the one it takes is no old slug any more. */
    private void retire(long id, TagForm before, String name, String slug) {
        jdbc.sql("delete from tag_slugs where slug = :slug and language = 'es'").param("slug", slug).update();
        if (before != null && !before.slug().equals(slug)) {
            jdbc.sql("""
                            insert into tag_slugs (slug, tag_id, retired_at, language) values (:slug, :id, :now, 'es')
                            on conflict do nothing
                            """)
                    .param("slug", before.slug()).param("id", id).param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        }
        audit.record(AuditAction.TAG_RENAMED, "topic " + id, "es: " + (before == null ? "-" : before.name() + " (" + before.slug() + ")")
                + " → " + name + " (" + slug + ")");
    }
}
