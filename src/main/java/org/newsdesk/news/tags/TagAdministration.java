package org.newsdesk.news.tags;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to tags: rename (the old address answers 301), merge one into another (its items
 * move over, its addresses answer 301 with the target's page) and delete an unused one. Names stay
 * unique ignoring case; slugs follow {@link Slugs}. Each change goes to the audit log.
 */
@Service
class TagAdministration {

    private static final String ROWS = """
            select t.id, t.name, t.slug,
                   count(i.id) as items,
                   count(i.id) filter (where news_item_is_visible(i.status, i.published_at, :now)) as visible_items
            from tags t
            left join news_item_tags it on it.tag_id = t.id
            left join news_items i on i.id = it.news_item_id
            """;
    private static final String GROUPED = " group by t.id, t.name, t.slug order by lower(t.name), t.id";

    private final TagRepository tags;
    private final TagSlugRepository oldSlugs;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    TagAdministration(TagRepository tags, TagSlugRepository oldSlugs, JdbcClient jdbc, Clock clock,
                      ApplicationEventPublisher events, AuditLog audit) {
        this.tags = tags;
        this.oldSlugs = oldSlugs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /** Every tag, by name, with its count of items (any status) and of visible items. */
    @Transactional(readOnly = true)
    List<TagAdminRow> list() {
        return jdbc.sql(ROWS + GROUPED).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(TagAdminRow.class).list();
    }

    @Transactional(readOnly = true)
    TagAdminRow find(long id) {
        return jdbc.sql(ROWS + " where t.id = :id" + GROUPED)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", id)
                .query(TagAdminRow.class).optional().orElseThrow(TagNotFoundException::new);
    }

    /**
     * Renames a tag. An empty slug is made from the name (with {@code -2}, {@code -3}… if taken);
     * a slug typed is used as it is, lower-cased. Returns the tag's slug after the change.
     */
    @Transactional
    String rename(long id, String name, String typedSlug) {
        Tag tag = tags.findById(id).orElseThrow(TagNotFoundException::new);
        tags.findByNameIgnoringCase(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RefusedException(TagRefusal.NAME_TAKEN, "name", other.getName());
        });
        String slug = typedSlug == null || typedSlug.isBlank() ? slugFromName(name, id) : typedSlug.strip().toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(slug)) {
            throw new RefusedException(TagRefusal.SLUG_INVALID, "slug");
        }
        tags.findBySlug(slug).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RefusedException(TagRefusal.SLUG_TAKEN, "slug", other.getName());
        });
        String oldSlug = tag.getSlug();
        String oldName = tag.getName();
        if (!slug.equals(oldSlug)) {
            // The new slug is current now: no old address may point elsewhere with it.
            oldSlugs.findById(slug).ifPresent(oldSlugs::delete);
            oldSlugs.flush();
            oldSlugs.save(new TagSlug(oldSlug, id, clock.instant()));
        }
        tag.rename(name, slug);
        try {
            tags.flush();
        }
        catch (DataIntegrityViolationException raced) {
            // Another editor took the name or the slug a moment ago.
            throw new RefusedException(TagRefusal.NAME_TAKEN, "name", name);
        }
        events.publishEvent(new TopicAddressesChanged(slug.equals(oldSlug) ? Set.of() : Set.of(oldSlug), Set.of(slug)));
        audit.record(AuditAction.TAG_RENAMED, "topic " + id, oldName + " (" + oldSlug + ") → " + name + " (" + slug + ")");
        return slug;
    }

    /**
     * Moves every item of {@code sourceId} to {@code targetId} (an item that had both keeps one),
     * deletes the source, and sends its addresses, old ones included, to the target.
     */
    @Transactional
    void merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw new RefusedException(TagRefusal.MERGE_INTO_ITSELF, "into");
        }
        Tag source = tags.findById(sourceId).orElseThrow(TagNotFoundException::new);
        Tag target = tags.findById(targetId).orElseThrow(() -> new RefusedException(TagRefusal.MERGE_TARGET_GONE, "into"));
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into news_item_tags (news_item_id, tag_id)
                        select news_item_id, :target from news_item_tags where tag_id = :source
                        on conflict do nothing
                        """)
                .param("source", source.getId()).param("target", target.getId()).update();
        jdbc.sql("update tag_slugs set tag_id = :target where tag_id = :source")
                .param("source", source.getId()).param("target", target.getId()).update();
        jdbc.sql("""
                        insert into tag_slugs (slug, tag_id, retired_at) values (:slug, :target, :now)
                        on conflict (slug) do update set tag_id = excluded.tag_id, retired_at = excluded.retired_at
                        """)
                .param("slug", source.getSlug()).param("target", target.getId()).param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        // The source's own item links go with it (on delete cascade).
        jdbc.sql("delete from tags where id = :source").param("source", source.getId()).update();
        events.publishEvent(new TopicAddressesChanged(Set.of(source.getSlug()), Set.of(target.getSlug())));
        audit.record(AuditAction.TAG_MERGED, "topic " + sourceId, source.getName() + " (" + source.getSlug() + ") → "
                + target.getName() + " (" + target.getSlug() + ")");
    }

    /** Deletes a tag that no item carries, whatever the item's status; refuses otherwise. */
    @Transactional
    String delete(long id) {
        TagAdminRow tag = find(id);
        if (!tag.unused()) {
            throw new RefusedException(TagRefusal.DELETE_IN_USE, null, tag.name(), tag.items());
        }
        jdbc.sql("delete from tags where id = :id").param("id", id).update();
        audit.record(AuditAction.TAG_DELETED, "topic " + id, tag.name() + " (" + tag.slug() + ")");
        return tag.name();
    }

    private String slugFromName(String name, long id) {
        String base = Slugs.fromText(name);
        if (base.isEmpty()) {
            throw new RefusedException(TagRefusal.NAME_WITHOUT_LETTERS, "name");
        }
        return Slugs.firstFree(base, slug -> tags.findBySlug(slug).filter(other -> !other.getId().equals(id)).isPresent());
    }
}
