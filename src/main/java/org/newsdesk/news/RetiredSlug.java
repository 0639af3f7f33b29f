package org.newsdesk.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A slug something had before its current one (an item's, a tag's): its old URL answers 301 to
 * the current one. One shape for both, each in its own table, where the owner's id has its own
 * column name ({@code @AttributeOverride} on {@code ownerId}).
 */
@MappedSuperclass
public abstract class RetiredSlug {

    @Id
    private String slug;

    /** The item or the tag that had the slug. */
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected RetiredSlug() {
    }

    protected RetiredSlug(String slug, Long ownerId, Instant retiredAt) {
        this.slug = slug;
        this.ownerId = ownerId;
        this.retiredAt = retiredAt;
    }

    public String getSlug() {
        return slug;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
