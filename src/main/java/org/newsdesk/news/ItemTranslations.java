package org.newsdesk.news;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.site.Language;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteTime;
import org.newsdesk.site.Slugs;
import org.newsdesk.web.PageNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Items as translations of each other (issue 14): an item and its translation share a
 * {@code translation_group} (at most one item per language in a group, V80). "Translate" makes a
 * draft in the other language linked to the item, with its topics, date and lead picture; an
 * existing item can be linked afterwards, and unlinked (both items stay). Linking is no edit of
 * either item's text: it leaves their versions alone, so a form open on either can still be saved.
 * Each link and unlink is in the audit log. Each change is one transaction ({@code transactions}):
 * the two rows are locked, so two links made at once are made one after the other. Linking and
 * unlinking change both items' pages (the language switch, the alternates): they are announced to
 * crawlers as any change of a public item is ({@link PublicChanges}).
 */
@Service
record ItemTranslations(NewsEditor editor, JdbcClient jdbc, AuditLog audit, SiteTime siteTime, TransactionOperations transactions,
                        NewsItemRepository items, PublicChanges publicChanges, Clock clock) {

    /** How many items the link form offers to choose from (newest first); any other is found by its address. */
    static final int CANDIDATES = 200;

    public SavedItem item(long id) {
        return editor.find(id);
    }

    /** The other item of this item's group, or none. */
    public Optional<SavedItem> translationOf(long id) {
        return translationId(id).map(editor::find);
    }

    /** Items in {@code language} without a translation, newest first: what an item in the other language may be linked to. */
    public List<Candidate> candidates(Language language) {
        return jdbc.sql("""
                        select i.id, i.title, i.slug from news_items i
                        where i.language = :language
                          and not exists (select 1 from news_items t where t.translation_group = i.translation_group and t.id <> i.id)
                        order by coalesce(i.published_at, i.updated_at) desc, i.id desc limit :limit
                        """)
                .param("language", language.code()).param("limit", CANDIDATES)
                .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("title"), rs.getString("slug")))
                .list();
    }

    /**
     * A new draft in the other language, linked to the item: the same topics, date and lead
     * picture, and the item's title and summary for the editor to translate.
     */
    public SavedItem translate(long id, String editorName) {
        return transactions.execute(status -> translateLocked(id, editorName));
    }

    private SavedItem translateLocked(long id, String editorName) {
        lock(id);
        if (translationId(id).isPresent()) {
            throw new RefusedException(ItemRefusal.TRANSLATION_EXISTS, null);
        }
        SavedItem original = editor.find(id);
        ZonedDateTime at = original.publishedAt() == null ? null : original.publishedAt().atZone(siteTime.zone());
        SavedItem draft = editor.create(new TypedItem(original.title(), original.summary(), "", original.tags(), null,
                at == null ? null : at.toLocalDate(), at == null ? null : at.toLocalTime().truncatedTo(ChronoUnit.MINUTES),
                null, original.leadPictureId(), original.language().other()), EditAction.SAVE, editorName);
        group(original.id(), draft.id());
        audit.record(AuditAction.ITEM_TRANSLATION_LINKED, "item " + id, "item " + draft.id() + ": " + draft.title());
        return draft;
    }

    /**
     * Links the item to the one at {@code other} (an id, a slug, or an item's address in either language).
     *
     * @return the item linked to
     */
    public SavedItem link(long id, String other) {
        return transactions.execute(status -> linkLocked(id, other));
    }

    private SavedItem linkLocked(long id, String other) {
        Row item = lock(id);
        Row translation = find(other).orElseThrow(() -> new RefusedException(ItemRefusal.TRANSLATION_NOT_FOUND, "other", other));
        lock(translation.id());
        if (translation.id() == id) {
            throw new RefusedException(ItemRefusal.TRANSLATION_OF_ITSELF, "other");
        }
        if (translation.language().equals(item.language())) {
            throw new RefusedException(ItemRefusal.TRANSLATION_SAME_LANGUAGE, "other", translation.title());
        }
        if (translationId(id).isPresent() || translationId(translation.id()).isPresent()) {
            throw new RefusedException(ItemRefusal.TRANSLATION_ALREADY_LINKED, "other", translation.title());
        }
        group(id, translation.id());
        audit.record(AuditAction.ITEM_TRANSLATION_LINKED, "item " + id, "item " + translation.id() + ": " + translation.title());
        announce(id, translation.id());
        return translationOf(id).orElseThrow();
    }

    /** Unlinks the item from its translation; both items stay as they are. */
    public SavedItem unlink(long id) {
        return transactions.execute(status -> unlinkLocked(id));
    }

    private SavedItem unlinkLocked(long id) {
        Row item = lock(id);
        SavedItem translation = translationOf(id).orElseThrow(() -> new RefusedException(ItemRefusal.TRANSLATION_NOT_LINKED, null));
        jdbc.sql("update news_items set translation_group = null where translation_group = :group")
                .param("group", item.translationGroup()).update();
        audit.record(AuditAction.ITEM_TRANSLATION_UNLINKED, "item " + id, "item " + translation.id() + ": " + translation.title());
        announce(id, translation.id());
        return translation;
    }

    /** Both items' pages changed (switch and alternates); what the public cannot see announces nothing. */
    private void announce(long one, long other) {
        Instant now = clock.instant();
        for (long id : new long[] {one, other}) {
            items.findById(id).ifPresent(item -> publicChanges.announceUnchanged(item, now));
        }
    }

    private Optional<Long> translationId(long id) {
        return jdbc.sql("""
                        select t.id from news_items i
                        join news_items t on t.translation_group = i.translation_group and t.id <> i.id
                        where i.id = :id
                        """)
                .param("id", id).query(Long.class).optional();
    }

    private void group(long one, long other) {
        jdbc.sql("update news_items set translation_group = :group where id in (:one, :other)")
                .param("group", Math.min(one, other)).param("one", one).param("other", other).update();
    }

    /** The item's row, locked until the transaction ends: two links made at once are made one after the other. */
    private Row lock(long id) {
        return jdbc.sql("select id, title, language, translation_group from news_items where id = :id for update")
                .param("id", id).query(ItemTranslations::row).optional()
                .orElseThrow(() -> new PageNotFoundException("No item " + id));
    }

    /** The item an editor named: its id, its slug, or its address (the last part of its path). */
    private Optional<Row> find(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.matches("[0-9]{1,18}")) {
            return jdbc.sql("select id, title, language, translation_group from news_items where id = :id")
                    .param("id", Long.parseLong(text)).query(ItemTranslations::row).optional();
        }
        String slug = lastPathSegment(text);
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return jdbc.sql("select id, title, language, translation_group from news_items where slug = :slug")
                .param("slug", slug).query(ItemTranslations::row).optional();
    }

    private static String lastPathSegment(String text) {
        String path = text;
        try {
            URI uri = URI.create(text);
            if (uri.getRawPath() != null) {
                path = uri.getPath();
            }
        }
        catch (IllegalArgumentException notAnAddress) {
            // Taken as it is: a slug, or nothing.
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("language"), rs.getObject("translation_group", Long.class));
    }

    private record Row(long id, String title, String language, Long translationGroup) {
    }

    /** An item that may become this one's translation. */
    record Candidate(long id, String title, String slug) {
    }
}
