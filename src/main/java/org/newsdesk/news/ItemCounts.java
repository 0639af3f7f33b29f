package org.newsdesk.news;

/**
 * How many items are in each state, and how many topics, for the editors' dashboard. Scheduled
 * items are published ones whose publication instant is still in the future (the one visibility rule).
 */
public record ItemCounts(long drafts, long scheduled, long published, long withdrawn, long tags) {
}
