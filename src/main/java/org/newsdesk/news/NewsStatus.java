package org.newsdesk.news;

/**
 * Where an item is in its life. "Scheduled" is not a status: it is a published item whose
 * publication instant is still in the future.
 */
public enum NewsStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
