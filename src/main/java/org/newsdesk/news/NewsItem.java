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

    /** The one rule of visibility, for code that already holds an item; queries say the same in SQL. */
    public boolean isVisibleAt(Instant now) {
        return status == NewsStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public void setBody(String markdown, String sanitisedHtml) {
        this.bodyMarkdown = markdown;
        this.bodyHtml = sanitisedHtml;
    }

    public void publish(Instant at) {
        this.status = NewsStatus.PUBLISHED;
        this.publishedAt = at;
        this.withdrawalNote = null;
    }

    public void withdraw(String note) {
        this.status = NewsStatus.WITHDRAWN;
        this.withdrawalNote = note;
    }

    public void returnToDraft() {
        this.status = NewsStatus.DRAFT;
        this.withdrawalNote = null;
    }

    /**
     * Moves the item to any state at once (an editor's action, a restored revision, an import).
     * A published item always has a date; only a withdrawn item keeps a note.
     */
    public void moveTo(NewsStatus status, Instant publishedAt, String withdrawalNote) {
        if (status == NewsStatus.PUBLISHED && publishedAt == null) {
            throw new IllegalArgumentException("A published item needs a publication instant");
        }
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
    public void recordIfPublicAt(Instant now) {
        if (isVisibleAt(now) && (firstPublishedAt == null || publishedAt.isBefore(firstPublishedAt))) {
            firstPublishedAt = publishedAt;
        }
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    /** For imports, which bring an item's whole history with them. */
    public void setFirstPublishedAt(Instant firstPublishedAt) {
        this.firstPublishedAt = firstPublishedAt;
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
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

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
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
