package org.newsdesk.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The revisions of items: one per save, numbered per item. */
@Component
record ItemHistory(NewsItemRevisionRepository revisions) {

    /** Keeps the item as it is now (call after the item is flushed) as its next revision. */
    int record(NewsItem item, RevisionKind kind, Integer restoredFrom, Instant now, String editor) {
        int number = revisions.lastNumber(item.getId()) + 1;
        revisions.save(new NewsItemRevision(item, number, kind, restoredFrom, now, editor, ItemTags.namesOf(item)));
        return number;
    }

    List<ItemRevision> of(long itemId) {
        return revisions.findByNewsItemIdOrderByNumberDesc(itemId).stream().map(NewsItemRevision::toRecord).toList();
    }

    Optional<ItemRevision> find(long itemId, int number) {
        return revisions.findByNewsItemIdAndNumber(itemId, number).map(NewsItemRevision::toRecord);
    }
}
