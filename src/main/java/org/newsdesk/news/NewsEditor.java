package org.newsdesk.news;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.site.Language;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of items, one transaction per save: the publishing rules (draft, publish now,
 * schedule, return to draft, withdraw, delete drafts only), slugs and slug history, Markdown
 * rendered to sanitised HTML, the optimistic-locking check, a revision for every save and an
 * entry in the audit log, in the same transaction.
 */
@Service
public class NewsEditor {

    private final NewsItemRepository items;
    private final ItemSlugs slugs;
    private final ItemTags tags;
    private final ItemHistory history;
    private final MarkdownRenderer markdown;
    private final SiteProperties site;
    private final SiteTime time;
    private final PublicChanges publicChanges;
    private final AuditLog audit;
    private final ItemPictures pictures;

    NewsEditor(NewsItemRepository items, ItemSlugs slugs, ItemTags tags, ItemHistory history,
               MarkdownRenderer markdown, SiteProperties site, SiteTime time, PublicChanges publicChanges, AuditLog audit,
               ItemPictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.slugs = slugs;
        this.tags = tags;
        this.history = history;
        this.markdown = markdown;
        this.site = site;
        this.time = time;
        this.publicChanges = publicChanges;
        this.audit = audit;
    }

    /** The language of this code ({@code en}, {@code es}), or the site's default one for anything else. */
    public Language languageOrDefault(String code) {
        Language language = Language.ofCode(code);
        return language == null ? site.language() : language;
    }

    @Transactional(readOnly = true)
    public SavedItem find(long id) {
        return toEditable(item(id), now());
    }

    /** Every revision of the item, newest first. */
    @Transactional(readOnly = true)
    public List<ItemRevision> revisions(long id) {
        return history.of(id);
    }

    @Transactional(readOnly = true)
    public ItemRevision revision(long id, int number) {
        return history.find(id, number)
                .orElseThrow(() -> new PageNotFoundException("No revision " + number + " of item " + id));
    }

    @Transactional
    public SavedItem create(TypedItem edit, EditAction action, String editor) {
        Instant now = now();
        NewsItem item = new NewsItem(null, edit.title(), edit.summary(), now, editor);
        item.setLanguage(languageOrDefault(null));
        PublicChanges.Seen before = publicChanges.before(item, now);
        item.change(publishingChange(item, edit, action, now), now);
        if (edit.slug() == null) {
            item.setSlug(slugs.fromTitle(edit.title(), null));
        }
        else if (slugs.isTakenByAnother(edit.slug(), null)) {
            throw new RefusedException(ItemRefusal.SLUG_TAKEN, "slug", edit.slug());
        }
        else {
            item.setSlug(edit.slug());
        }
        applyText(item, edit, now, editor);
        items.saveAndFlush(item);
        publicChanges.announce(item, before, now);
        history.record(item, action.revisionKind(), null, now, editor);
        record(action == EditAction.SAVE ? AuditAction.ITEM_CREATED : auditAction(action), item);
        return toEditable(item, now);
    }

    /**
     * Saves the editor's text and applies the action, unless someone saved the item since the
     * editor opened it ({@code expectedVersion}): then nothing changes and {@link StaleItemException}
     * says so. A save racing another one is refused by the version column too.
     */
    @Transactional
    public SavedItem update(long id, long expectedVersion, TypedItem edit, EditAction action, String editor) {
        Instant now = now();
        NewsItem item = current(id, expectedVersion);
        PublicChanges.Seen before = publicChanges.before(item, now);
        // Whether the old address was ever shared is a matter of the state before this save.
        boolean hasBeenPublic = item.hasBeenPublicAt(now);
        item.change(publishingChange(item, edit, action, now), now);
        changeSlug(item, edit.slug() != null ? edit.slug() : slugs.fromTitle(edit.title(), item), hasBeenPublic, now);
        applyText(item, edit, now, editor);
        items.saveAndFlush(item);
        publicChanges.announce(item, before, now);
        history.record(item, action.revisionKind(), null, now, editor);
        record(auditAction(action), item);
        return toEditable(item, now);
    }

    /** Brings back every field of an earlier revision, as a new save (and so a new revision). */
    @Transactional
    public SavedItem restore(long id, int number, long expectedVersion, String editor) {
        Instant now = now();
        NewsItem item = current(id, expectedVersion);
        ItemRevision revision = revision(id, number);
        if (slugs.isTakenByAnother(revision.slug(), item.getId())) {
            throw new RefusedException(ItemRefusal.RESTORED_SLUG_TAKEN, null, revision.slug());
        }
        PublicChanges.Seen before = publicChanges.before(item, now);
        changeSlug(item, revision.slug(), item.hasBeenPublicAt(now), now);
        item.change(new PublishingChange.Restore(revision.status(), revision.publishedAt(), revision.withdrawalNote()), now);
        applyText(item, new TypedItem(revision.title(), revision.summary(), revision.body(), revision.tags(),
                revision.slug(), null, null, revision.withdrawalNote(), item.getLeadPictureId(), null), now, editor);
        items.saveAndFlush(item);
        publicChanges.announce(item, before, now);
        history.record(item, RevisionKind.RESTORED, number, now, editor);
        audit.record(AuditAction.ITEM_RESTORED, subject(item), "revision " + number + ": " + item.getTitle());
        return toEditable(item, now);
    }

    /**
     * Deletes a draft, with its history. A published or withdrawn item is never deleted: it is
     * withdrawn, so that its address says what happened instead of silently breaking links.
     *
     * @return the title of the deleted item
     */
    @Transactional
    public String delete(long id, long expectedVersion) {
        NewsItem item = current(id, expectedVersion);
        if (item.getStatus() != NewsStatus.DRAFT) {
            throw new RefusedException(ItemRefusal.DELETE_NOT_DRAFT, null);
        }
        items.delete(item);
        record(AuditAction.ITEM_DELETED, item);
        return item.getTitle();
    }

    private static AuditAction auditAction(EditAction action) {
        return switch (action) {
            case SAVE -> AuditAction.ITEM_SAVED;
            case PUBLISH -> AuditAction.ITEM_PUBLISHED;
            case SCHEDULE -> AuditAction.ITEM_SCHEDULED;
            case RETURN_TO_DRAFT -> AuditAction.ITEM_RETURNED_TO_DRAFT;
            case WITHDRAW -> AuditAction.ITEM_WITHDRAWN;
        };
    }

    private void record(AuditAction action, NewsItem item) {
        audit.record(action, subject(item), item.getTitle());
    }

    private static String subject(NewsItem item) {
        return "item " + item.getId();
    }

    private NewsItem current(long id, long expectedVersion) {
        NewsItem item = item(id);
        if (item.getVersion() != expectedVersion) {
            throw new StaleItemException(id);
        }
        return item;
    }

    private NewsItem item(long id) {
        return items.findById(id).orElseThrow(() -> new PageNotFoundException("No item " + id));
    }

    private void changeSlug(NewsItem item, String slug, boolean hasBeenPublic, Instant now) {
        if (slug.equals(item.getSlug())) {
            return;
        }
        if (slugs.isTakenByAnother(slug, item.getId())) {
            throw new RefusedException(ItemRefusal.SLUG_TAKEN, "slug", slug);
        }
        slugs.move(item, slug, hasBeenPublic, now);
    }

    /**
     * What the button asks of the item's publishing state, with the date the form stands for.
     * The rules that decide whether it may are the item's own ({@link NewsItem#change}).
     */
    private PublishingChange publishingChange(NewsItem item, TypedItem edit, EditAction action, Instant now) {
        Instant typed = typedInstant(edit, item.getPublishedAt(), action, now);
        return switch (action) {
            case SAVE -> new PublishingChange.Save(typed, edit.withdrawalNote());
            case PUBLISH -> new PublishingChange.Publish(typed);
            case SCHEDULE -> {
                // The form's rule: an exact moment, not a day.
                if (edit.date() == null || edit.time() == null) {
                    throw new RefusedException(ItemRefusal.SCHEDULE_NEEDS_DATE_AND_TIME, edit.date() == null ? "date" : "time");
                }
                yield new PublishingChange.Schedule(typed);
            }
            case RETURN_TO_DRAFT -> new PublishingChange.ReturnToDraft(typed);
            case WITHDRAW -> new PublishingChange.Withdraw(typed, edit.withdrawalNote());
        };
    }

    /**
     * The instant the form's date and time stand for, in the site's time zone. A form shows times
     * to the minute, so an unchanged date and time keep the stored instant (and the order of items
     * published in the same minute). Without a time: the stored time of that day, now for "publish
     * now" today, else the start of the day.
     */
    private Instant typedInstant(TypedItem edit, Instant existing, EditAction action, Instant now) {
        if (edit.date() == null) {
            return null;
        }
        if (edit.time() != null) {
            Instant at = time.at(edit.date(), edit.time());
            boolean unchanged = existing != null && time.toTheMinute(existing).equals(at);
            return unchanged ? existing : at;
        }
        if (existing != null && time.date(existing).equals(edit.date())) {
            return existing;
        }
        if (action == EditAction.PUBLISH && time.date(now).equals(edit.date())) {
            return now;
        }
        return time.startOf(edit.date());
    }

    private void applyText(NewsItem item, TypedItem edit, Instant now, String editor) {
        changeLanguage(item, edit.language());
        item.setTitle(edit.title());
        item.setSummary(edit.summary());
        item.setBody(edit.body(), markdown.toSafeHtml(edit.body()));
        ItemTags.replace(item, tags.resolveNames(edit.tags(), now));
        item.setLeadPictureId(edit.leadPictureId());
        pictures.check(item);
        item.touch(now, editor);
    }

    /** An item and its translation are in different languages (the database holds to it too: V80). */
    private void changeLanguage(NewsItem item, Language language) {
        if (language == null || language == item.getLanguage()) {
            return;
        }
        if (item.getTranslationGroup() != null
                && items.existsByTranslationGroupAndLanguageAndIdNot(item.getTranslationGroup(), language.code(), item.getId())) {
            throw new RefusedException(ItemRefusal.LANGUAGE_OF_TRANSLATION, "language");
        }
        item.setLanguage(language);
    }

    SavedItem toEditable(NewsItem item, Instant now) {
        return new SavedItem(item.getId(), item.getVersion(), item.getSlug(), item.getTitle(), item.getSummary(),
                item.getBodyMarkdown(), ItemTags.namesOf(item), item.getStatus(),
                item.stateAt(now), item.getPublishedAt(),
                item.getWithdrawalNote(), item.getCreatedAt(), item.getCreatedBy(), item.getUpdatedAt(),
                item.getUpdatedBy(), item.hasBeenPublicAt(now), item.getLeadPictureId(), item.getLanguage());
    }

    /**
     * To the second: what is read back equals what was written (PostgreSQL keeps microseconds), and
     * dates printed in pages ({@code <time datetime>}) stay valid HTML, which allows three decimals at most.
     */
    private Instant now() {
        return time.now().truncatedTo(ChronoUnit.SECONDS);
    }

}
