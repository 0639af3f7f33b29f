package org.newsdesk.news;

/** What {@code /news/{slug}} finds: the item, a move to its current slug, a withdrawal, or nothing. */
sealed interface ItemLookup {

    record Found(NewsItemView item) implements ItemLookup {
    }

    record Moved(String currentSlug) implements ItemLookup {
    }

    record Withdrawn(String title, String note) implements ItemLookup {
    }

    record Missing() implements ItemLookup {
    }
}
