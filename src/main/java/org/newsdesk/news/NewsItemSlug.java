package org.newsdesk.news;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A slug an item had before its current one; its URL answers 301 to the item's current URL. */
@Entity
@Table(name = "news_item_slugs")
@AttributeOverride(name = "ownerId", column = @Column(name = "news_item_id", nullable = false))
public class NewsItemSlug extends RetiredSlug {

    protected NewsItemSlug() {
    }

    public NewsItemSlug(String slug, Long newsItemId, Instant retiredAt) {
        super(slug, newsItemId, retiredAt);
    }
}
