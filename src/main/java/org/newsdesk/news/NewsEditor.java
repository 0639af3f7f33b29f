package org.newsdesk.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.news.tags.Tag;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of items, one transaction per save: the publishing rules (draft, publish now,
 * schedule, return to draft, withdraw, delete drafts only), slugs and slug history, Markdown
 * rendered to sanitised HTML, the optimistic-locking check and a revision for every save.
 */
@Service
public class NewsEditor {

    private final NewsItemRepository items;
    private final ItemSlugs slugs;
    private final ItemTags tags;
    private final ItemHistory history;
    private final MarkdownRenderer markdown;
    private final SiteProperties site;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NewsEditor(NewsItemRepository items, ItemSlugs slugs, ItemTags tags, ItemHistory history,
               MarkdownRenderer markdown, SiteProperties site, Clock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.slugs = slugs;
        this.tags = tags;
        this.history = history;
        this.markdown = markdown;
        this.site = site;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public EditableItem find(long id) {
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
    public EditableItem create(NewsItemEdit edit, EditAction action, String editor) {
        Instant now = now();
        if (action == EditAction.RETURN_TO_DRAFT || action == EditAction.WITHDRAW) {
            throw new RefusedException(ItemRefusal.NOT_YET_SAVED, null);
        }
        Target target = target(null, edit, action, now);
        String slug;
        if (edit.slug() == null) {
            slug = slugs.fromTitle(edit.title(), null);
        }
        else if (slugs.isTakenByAnother(edit.slug(), null)) {
            throw new RefusedException(ItemRefusal.SLUG_TAKEN, "slug", edit.slug());
        }
        else {
            slug = edit.slug();
        }
        NewsItem item = new NewsItem(slug, edit.title(), edit.summary(), now, editor);
        Seen before = apply(item, edit, target, now, editor);
        items.saveAndFlush(item);
        changed(item, before, now);
        history.record(item, action.revisionKind(), null, now, editor);
        return toEditable(item, now);
    }

    /**
     * Saves the editor's text and applies the action, unless someone saved the item since the
     * editor opened it ({@code expectedVersion}): then nothing changes and {@link StaleItemException}
     * says so. A save racing another one is refused by the version column too.
     */
    @Transactional
    public EditableItem update(long id, long expectedVersion, NewsItemEdit edit, EditAction action, String editor) {
        Instant now = now();
        NewsItem item = current(id, expectedVersion);
        Target target = target(item, edit, action, now);
        changeSlug(item, edit.slug() != null ? edit.slug() : slugs.fromTitle(edit.title(), item), now);
        Seen before = apply(item, edit, target, now, editor);
        items.saveAndFlush(item);
        changed(item, before, now);
        history.record(item, action.revisionKind(), null, now, editor);
        return toEditable(item, now);
    }

    /** Brings back every field of an earlier revision, as a new save (and so a new revision). */
    @Transactional
    public EditableItem restore(long id, int number, long expectedVersion, String editor) {
        Instant now = now();
        NewsItem item = current(id, expectedVersion);
        ItemRevision revision = revision(id, number);
        if (slugs.isTakenByAnother(revision.slug(), item.getId())) {
            throw new RefusedException(ItemRefusal.RESTORED_SLUG_TAKEN, null, revision.slug());
        }
        if (revision.status() == NewsStatus.PUBLISHED && revision.publishedAt() == null) {
            throw new IllegalStateException("A published revision without a date");
        }
        changeSlug(item, revision.slug(), now);
        NewsItemEdit edit = new NewsItemEdit(revision.title(), revision.summary(), revision.body(), revision.tags(),
                revision.slug(), null, null, revision.withdrawalNote());
        Seen before = apply(item, edit, new Target(revision.status(), revision.publishedAt(), revision.withdrawalNote()), now, editor);
        items.saveAndFlush(item);
        changed(item, before, now);
        history.record(item, RevisionKind.RESTORED, number, now, editor);
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
        return item.getTitle();
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

    private void changeSlug(NewsItem item, String slug, Instant now) {
        if (slug.equals(item.getSlug())) {
            return;
        }
        if (slugs.isTakenByAnother(slug, item.getId())) {
            throw new RefusedException(ItemRefusal.SLUG_TAKEN, "slug", slug);
        }
        slugs.move(item, slug, item.hasBeenPublicAt(now), now);
    }

    /** Where the action takes the item: its status, publication instant and withdrawal note. */
    private Target target(NewsItem item, NewsItemEdit edit, EditAction action, Instant now) {
        NewsStatus status = item == null ? NewsStatus.DRAFT : item.getStatus();
        Instant existing = item == null ? null : item.getPublishedAt();
        boolean visible = item != null && item.isVisibleAt(now);
        Instant typed = typedInstant(edit, existing, action, now);
        return switch (action) {
            case SAVE -> switch (status) {
                case DRAFT -> new Target(NewsStatus.DRAFT, typed, null);
                case PUBLISHED -> {
                    if (typed == null) {
                        throw new RefusedException(ItemRefusal.DATE_REQUIRED_WHEN_PUBLISHED, "date");
                    }
                    if (visible && typed.isAfter(now)) {
                        throw new RefusedException(ItemRefusal.LIVE_DATE_IN_FUTURE, "date");
                    }
                    if (!visible && !typed.isAfter(now)) {
                        throw new RefusedException(ItemRefusal.SCHEDULED_DATE_IN_PAST, "date");
                    }
                    yield new Target(NewsStatus.PUBLISHED, typed, null);
                }
                case WITHDRAWN -> new Target(NewsStatus.WITHDRAWN, typed != null ? typed : existing, edit.withdrawalNote());
            };
            case PUBLISH -> {
                Instant at = typed != null ? typed : now;
                if (at.isAfter(now)) {
                    throw new RefusedException(ItemRefusal.PUBLISH_DATE_IN_FUTURE, "date");
                }
                yield new Target(NewsStatus.PUBLISHED, at, null);
            }
            case SCHEDULE -> {
                if (edit.date() == null || edit.time() == null) {
                    throw new RefusedException(ItemRefusal.SCHEDULE_NEEDS_DATE_AND_TIME, edit.date() == null ? "date" : "time");
                }
                if (visible) {
                    throw new RefusedException(ItemRefusal.SCHEDULE_LIVE_ITEM, null);
                }
                if (!typed.isAfter(now)) {
                    throw new RefusedException(ItemRefusal.SCHEDULE_DATE_IN_PAST, "date");
                }
                yield new Target(NewsStatus.PUBLISHED, typed, null);
            }
            case RETURN_TO_DRAFT -> {
                if (status == NewsStatus.DRAFT) {
                    throw new RefusedException(ItemRefusal.ALREADY_DRAFT, null);
                }
                yield new Target(NewsStatus.DRAFT, typed, null);
            }
            case WITHDRAW -> {
                if (item == null || !item.hasBeenPublicAt(now)) {
                    throw new RefusedException(status == NewsStatus.DRAFT
                            ? ItemRefusal.WITHDRAW_DRAFT : ItemRefusal.WITHDRAW_NEVER_PUBLIC, null);
                }
                yield new Target(NewsStatus.WITHDRAWN, typed != null ? typed : existing, edit.withdrawalNote());
            }
        };
    }

    /**
     * The instant the form's date and time stand for, in the site's time zone. A form shows times
     * to the minute, so an unchanged date and time keep the stored instant (and the order of items
     * published in the same minute). Without a time: the stored time of that day, now for "publish
     * now" today, else the start of the day.
     */
    private Instant typedInstant(NewsItemEdit edit, Instant existing, EditAction action, Instant now) {
        if (edit.date() == null) {
            return null;
        }
        ZoneId zone = site.timeZone();
        if (edit.time() != null) {
            Instant at = edit.date().atTime(edit.time()).atZone(zone).toInstant();
            boolean unchanged = existing != null
                    && existing.atZone(zone).truncatedTo(ChronoUnit.MINUTES).toInstant().equals(at);
            return unchanged ? existing : at;
        }
        if (existing != null && LocalDate.ofInstant(existing, zone).equals(edit.date())) {
            return existing;
        }
        if (action == EditAction.PUBLISH && LocalDate.ofInstant(now, zone).equals(edit.date())) {
            return now;
        }
        return edit.date().atStartOfDay(zone).toInstant();
    }

    /** Applies the edit; returns what the public could see of the item before it. */
    private Seen apply(NewsItem item, NewsItemEdit edit, Target target, Instant now, String editor) {
        Seen before = new Seen(item.getId() != null && item.isVisibleAt(now), tagSlugs(item));
        // It may have become public since the last save (a scheduled item needs no write to go live).
        item.recordIfPublicAt(now);
        item.setTitle(edit.title());
        item.setSummary(edit.summary());
        item.setBody(edit.body(), markdown.toSafeHtml(edit.body()));
        item.moveTo(target.status(), target.publishedAt(), target.withdrawalNote());
        item.recordIfPublicAt(now);
        ItemTags.replace(item, tags.resolveNames(edit.tags(), now));
        item.touch(now, editor);
        return before;
    }

    /** Tells listeners (crawler notifications) what the save changed for the public. */
    private void changed(NewsItem item, Seen before, Instant now) {
        Set<String> tagSlugs = new HashSet<>(before.tagSlugs());
        tagSlugs.addAll(tagSlugs(item));
        boolean scheduled = item.getStatus() == NewsStatus.PUBLISHED && item.getPublishedAt().isAfter(now);
        events.publishEvent(new NewsItemChanged(item.getId(), item.getSlug(), item.getPublishedAt(), before.visible(),
                item.isVisibleAt(now), scheduled, tagSlugs));
    }

    private static Set<String> tagSlugs(NewsItem item) {
        return item.getTags().stream().map(Tag::getSlug).collect(Collectors.toSet());
    }

    EditableItem toEditable(NewsItem item, Instant now) {
        return new EditableItem(item.getId(), item.getVersion(), item.getSlug(), item.getTitle(), item.getSummary(),
                item.getBodyMarkdown(), ItemTags.namesOf(item), item.getStatus(),
                ItemState.of(item.getStatus(), item.getPublishedAt(), now), item.getPublishedAt(),
                item.getWithdrawalNote(), item.getCreatedAt(), item.getCreatedBy(), item.getUpdatedAt(),
                item.getUpdatedBy(), item.hasBeenPublicAt(now));
    }

    /**
     * To the second: what is read back equals what was written (PostgreSQL keeps microseconds), and
     * dates printed in pages ({@code <time datetime>}) stay valid HTML, which allows three decimals at most.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private record Target(NewsStatus status, Instant publishedAt, String withdrawalNote) {
    }

    /** What the public could see of an item before a save: whether it was visible, and its topics. */
    private record Seen(boolean visible, Set<String> tagSlugs) {
    }
}
