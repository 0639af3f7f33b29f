package org.newsdesk.admin;

/**
 * How many items are in each state, for the dashboard. Scheduled items are published ones whose
 * publication instant is still in the future (the one visibility rule). Public so that templates
 * can read it.
 */
public record DashboardCounts(long drafts, long scheduled, long published, long withdrawn, long tags) {
}
