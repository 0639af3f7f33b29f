package org.newsdesk.news;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.newsdesk.news.tags.Tag;
import org.newsdesk.site.Language;
import org.newsdesk.site.RefusedException;

/**
 * A dated news item: a title, a one-paragraph summary and an optional Markdown body, rendered
 * to sanitised HTML when it is saved (never when it is read).
 */
@Entity
@Table(name = "news_items")
public class NewsItem {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 1000;
    public static final int BODY_MAX_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown = "";

    @Column(name = "lead_picture_id")
    private Long leadPictureId;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NewsStatus status = NewsStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawal_note")
    private String withdrawalNote;

    /** When the item was first visible to the public; null while nobody could have seen it. */
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    /** {@code en} or {@code es} ({@link Language#code()}): where the item is listed and how it is searched. */
    @Column(nullable = false)
    private String language = Language.EN.code();

    /** Shared by an item and its translation (at most one item per language in a group); null when it has none. */
    @Column(name = "translation_group")
    private Long translationGroup;

    @ManyToMany
    @JoinTable(name = "news_item_tags",
            joinColumns = @JoinColumn(name = "news_item_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    protected NewsItem() {
    }

    public NewsItem(String slug, String title, String summary, Instant createdAt, String createdBy) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        this.updatedBy = createdBy;
    }

    /** Where the item stands at {@code now}: the visibility rule of {@link ItemState#of}, which queries say in SQL. */
    public ItemState stateAt(Instant now) {
        return ItemState.of(status, publishedAt, now);
    }

    /** Readers see it at {@code now}. */
    public boolean isVisibleAt(Instant now) {
        return stateAt(now) == ItemState.PUBLISHED;
    }

    /** The lead picture (a picture of the media library), or null. */
    public Long getLeadPictureId() {
        return leadPictureId;
    }

    public void setLeadPictureId(Long leadPictureId) {
        this.leadPictureId = leadPictureId;
    }

    public void setBody(String markdown, String sanitisedHtml) {
        this.bodyMarkdown = markdown;
        this.bodyHtml = sanitisedHtml;
    }

    /**
     * The one way the item's publishing state (status, publication instant, withdrawal note)
     * changes, and the publishing rules that may refuse it at {@code now}: a live item's date
     * stays in the past and a scheduled one's in the future; publishing "now" takes no future
     * date, scheduling no past one and no live item; only a saved item returns to draft or is
     * withdrawn, and only one that could have been seen is withdrawn (a draft is deleted).
     *
     * @throws RefusedException with an {@link ItemRefusal}; its publishing state is then unchanged
     */
    public void change(PublishingChange change, Instant now) {
        // It may have become public since the last change: a scheduled item goes live without a write.
        recordIfPublicAt(now);
        if (change instanceof PublishingChange.Save save) {
            save(save.date(), save.withdrawalNote(), now);
        }
        else if (change instanceof PublishingChange.Publish publish) {
            Instant at = publish.date() != null ? publish.date() : now;
            if (at.isAfter(now)) {
                throw new RefusedException(ItemRefusal.PUBLISH_DATE_IN_FUTURE, "date");
            }
            moveTo(NewsStatus.PUBLISHED, at, null);
        }
        else if (change instanceof PublishingChange.Schedule schedule) {
            if (isVisibleAt(now)) {
                throw new RefusedException(ItemRefusal.SCHEDULE_LIVE_ITEM, null);
            }
            if (!schedule.at().isAfter(now)) {
                throw new RefusedException(ItemRefusal.SCHEDULE_DATE_IN_PAST, "date");
            }
            moveTo(NewsStatus.PUBLISHED, schedule.at(), null);
        }
        else if (change instanceof PublishingChange.ReturnToDraft toDraft) {
            requireSaved();
            if (status == NewsStatus.DRAFT) {
                throw new RefusedException(ItemRefusal.ALREADY_DRAFT, null);
            }
            moveTo(NewsStatus.DRAFT, toDraft.date(), null);
        }
        else if (change instanceof PublishingChange.Withdraw withdraw) {
            requireSaved();
            if (!hasBeenPublicAt(now)) {
                throw new RefusedException(status == NewsStatus.DRAFT
                        ? ItemRefusal.WITHDRAW_DRAFT : ItemRefusal.WITHDRAW_NEVER_PUBLIC, null);
            }
            moveTo(NewsStatus.WITHDRAWN, orKept(withdraw.date()), withdraw.note());
        }
        else if (change instanceof PublishingChange.Restore restore) {
            moveTo(restore.status(), restore.publishedAt(), restore.withdrawalNote());
        }
        recordIfPublicAt(now);
    }

    /** A save keeps the item where it is; a published item keeps its side of now, live or scheduled. */
    private void save(Instant date, String withdrawalNote, Instant now) {
        switch (status) {
            case DRAFT -> moveTo(NewsStatus.DRAFT, date, null);
            case PUBLISHED -> {
                if (date == null) {
                    throw new RefusedException(ItemRefusal.DATE_REQUIRED_WHEN_PUBLISHED, "date");
                }
                boolean visible = isVisibleAt(now);
                if (visible && date.isAfter(now)) {
                    throw new RefusedException(ItemRefusal.LIVE_DATE_IN_FUTURE, "date");
                }
                if (!visible && !date.isAfter(now)) {
                    throw new RefusedException(ItemRefusal.SCHEDULED_DATE_IN_PAST, "date");
                }
                moveTo(NewsStatus.PUBLISHED, date, null);
            }
            case WITHDRAWN -> moveTo(NewsStatus.WITHDRAWN, orKept(date), withdrawalNote);
        }
    }

    private void requireSaved() {
        if (id == null) {
            throw new RefusedException(ItemRefusal.NOT_YET_SAVED, null);
        }
    }

    private Instant orKept(Instant date) {
        return date != null ? date : publishedAt;
    }

    /** Only a withdrawn item keeps a note. */
    private void moveTo(NewsStatus status, Instant publishedAt, String withdrawalNote) {
        this.status = status;
        this.publishedAt = publishedAt;
        this.withdrawalNote = status == NewsStatus.WITHDRAWN ? withdrawalNote : null;
    }

    /**
     * Whether anyone could have seen the item by {@code now}: it is visible, it was once, or it is
     * withdrawn (its URL answers 410). Its URL may have been shared, so a new slug must leave the
     * old one answering with a redirect.
     */
    public boolean hasBeenPublicAt(Instant now) {
        return status == NewsStatus.WITHDRAWN || firstPublishedAt != null && !firstPublishedAt.isAfter(now)
                || isVisibleAt(now);
    }

    /** Records that the item is public now if it is: scheduled items become public without a write. */
    private void recordIfPublicAt(Instant now) {
        if (isVisibleAt(now) && (firstPublishedAt == null || publishedAt.isBefore(firstPublishedAt))) {
            firstPublishedAt = publishedAt;
        }
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    /**
     * For imports, which bring an item's whole history with them: the file's first publication,
     * unless the item is public now since earlier.
     */
    public void restoreFirstPublication(Instant firstPublishedAt, Instant now) {
        this.firstPublishedAt = firstPublishedAt;
        recordIfPublicAt(now);
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Language getLanguage() {
        return Language.ofCode(language);
    }

    public void setLanguage(Language language) {
        this.language = language.code();
    }

    public Long getTranslationGroup() {
        return translationGroup;
    }

    /** Links this item to others with the same group, or (null) to none. */
    public void setTranslationGroup(Long translationGroup) {
        this.translationGroup = translationGroup;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public NewsStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
