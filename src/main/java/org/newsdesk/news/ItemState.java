package org.newsdesk.news;

import java.time.Instant;
import java.util.Locale;

/**
 * Where an item stands as editors see it. Scheduled is not stored: it is a published item whose
 * publication instant is still in the future, so it becomes published by itself.
 * <p>
 * {@link #of} is the visibility rule for code that holds an item in memory: {@code PUBLISHED} is
 * exactly what the SQL function {@code news_item_is_visible} (V53) says for the same values, and
 * {@code SCHEDULED} what {@code news_item_is_scheduled} says; {@code VisibilityRuleIT} checks the
 * two against each other for every status and instant.
 */
public enum ItemState {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN;

    public static ItemState of(NewsStatus status, Instant publishedAt, Instant now) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case WITHDRAWN -> WITHDRAWN;
            case PUBLISHED -> publishedAt == null || publishedAt.isAfter(now) ? SCHEDULED : PUBLISHED;
        };
    }

    /** The lower-case name used in URLs ({@code ?status=scheduled}), message keys and CSS classes. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
