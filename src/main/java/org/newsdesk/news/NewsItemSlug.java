package org.newsdesk.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug an item had before its current one; its URL answers 301 to the item's current URL. */
@Entity
@Table(name = "news_item_slugs")
public class NewsItemSlug {

    @Id
    private String slug;

    @Column(name = "news_item_id", nullable = false)
    private Long newsItemId;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected NewsItemSlug() {
    }

    public NewsItemSlug(String slug, Long newsItemId, Instant retiredAt) {
        this.slug = slug;
        this.newsItemId = newsItemId;
        this.retiredAt = retiredAt;
    }

    public String getSlug() {
        return slug;
    }

    public Long getNewsItemId() {
        return newsItemId;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
