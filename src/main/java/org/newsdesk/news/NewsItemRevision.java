package org.newsdesk.news;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A full copy of an item as one save left it: who, when, and every field an editor can change.
 * Tags are kept by name, so that a revision still reads right after a tag is renamed or deleted.
 */
@Entity
@Table(name = "news_item_revisions")
class NewsItemRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "news_item_id", nullable = false, updatable = false)
    private Long newsItemId;

    /** 1 for the first save of an item, then 2, 3…: what editors call "version 3". */
    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RevisionKind kind;

    @Column(name = "restored_from", updatable = false)
    private Integer restoredFrom;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, updatable = false)
    private String savedBy;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "body_markdown", nullable = false, updatable = false)
    private String bodyMarkdown;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    private List<String> tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NewsStatus status;

    @Column(name = "published_at", updatable = false)
    private Instant publishedAt;

    @Column(name = "withdrawal_note", updatable = false)
    private String withdrawalNote;

    protected NewsItemRevision() {
    }

    NewsItemRevision(NewsItem item, int number, RevisionKind kind, Integer restoredFrom, Instant savedAt,
                     String savedBy, List<String> tags) {
        this.newsItemId = item.getId();
        this.number = number;
        this.kind = kind;
        this.restoredFrom = restoredFrom;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.slug = item.getSlug();
        this.title = item.getTitle();
        this.summary = item.getSummary();
        this.bodyMarkdown = item.getBodyMarkdown();
        this.tags = List.copyOf(tags);
        this.status = item.getStatus();
        this.publishedAt = item.getPublishedAt();
        this.withdrawalNote = item.getWithdrawalNote();
    }

    ItemRevision toRecord() {
        return new ItemRevision(number, kind, restoredFrom, savedAt, savedBy, slug, title, summary, bodyMarkdown,
                List.copyOf(tags), status, publishedAt, withdrawalNote);
    }

    Long getNewsItemId() {
        return newsItemId;
    }

    int getNumber() {
        return number;
    }
}
