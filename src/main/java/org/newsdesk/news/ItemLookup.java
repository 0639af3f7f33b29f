package org.newsdesk.news;

import org.newsdesk.site.Language;

/** What {@code /news/{slug}} finds: the item, a move to its current slug, a withdrawal, or nothing. */
sealed interface ItemLookup {

    record Found(NewsItemView item) implements ItemLookup {
    }

    record Moved(Language language, String currentSlug) implements ItemLookup {
    }

    record Withdrawn(Language language, String title, String note) implements ItemLookup {
    }

    record Missing() implements ItemLookup {
    }
}
