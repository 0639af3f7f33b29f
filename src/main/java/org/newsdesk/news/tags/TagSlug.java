package org.newsdesk.news.tags;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug a tag had before (renamed, or merged away); its URL answers 301 to the tag's current one. */
@Entity
@Table(name = "tag_slugs")
class TagSlug {

    @Id
    private String slug;

    @Column(name = "tag_id", nullable = false)
    private Long tagId;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected TagSlug() {
    }

    TagSlug(String slug, Long tagId, Instant retiredAt) {
        this.slug = slug;
        this.tagId = tagId;
        this.retiredAt = retiredAt;
    }

    String getSlug() {
        return slug;
    }

    Long getTagId() {
        return tagId;
    }

    Instant getRetiredAt() {
        return retiredAt;
    }
}
