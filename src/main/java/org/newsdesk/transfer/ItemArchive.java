package org.newsdesk.transfer;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.newsdesk.news.ItemSnapshot;

/**
 * The JSON export of every item, for backups and moves between servers. Its shape is a contract
 * with files already written: change it (or {@link ItemSnapshot}, whose fields it lists) only by
 * adding fields, or with a new {@code version}. An import checks every field against the limits
 * of the data model, as the form does.
 */
record ItemArchive(String format, Integer version, Instant exportedAt, String site, List<@Valid ItemSnapshot> items) {

    static final String FORMAT = "newsdesk-items";
    static final int VERSION = 1;

    static ItemArchive of(List<ItemSnapshot> items, Instant now, String site) {
        return new ItemArchive(FORMAT, VERSION, now, site, items);
    }
}
