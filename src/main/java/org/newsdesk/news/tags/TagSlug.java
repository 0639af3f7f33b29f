package org.newsdesk.news.tags;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.newsdesk.news.RetiredSlug;

/** A slug a tag had before (renamed, or merged away); its URL answers 301 to the tag's current one. */
@Entity
@Table(name = "tag_slugs")
@AttributeOverride(name = "ownerId", column = @Column(name = "tag_id", nullable = false))
class TagSlug extends RetiredSlug {

    protected TagSlug() {
    }

    TagSlug(String slug, Long tagId, Instant retiredAt) {
        super(slug, tagId, retiredAt);
    }
}
