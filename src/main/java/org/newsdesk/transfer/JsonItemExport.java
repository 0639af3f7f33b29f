package org.newsdesk.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.news.ItemSnapshots;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Service;

/** Every item as one JSON file, to keep as a backup or to import on another server. */
@Service
class JsonItemExport {

    private final ItemSnapshots snapshots;
    private final JsonMapper json;
    private final SiteProperties site;
    private final Clock clock;

    JsonItemExport(ItemSnapshots snapshots, JsonMapper json, SiteProperties site, Clock clock) {
        this.snapshots = snapshots;
        this.json = json;
        this.site = site;
        this.clock = clock;
    }

    Download export() {
        Instant now = clock.instant();
        ItemArchive archive = ItemArchive.of(snapshots.all(), now, site.baseUrlText());
        return new Download("newsdesk-items-" + LocalDate.ofInstant(now, site.timeZone()) + ".json",
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(archive));
    }

    /** The file, named after the day of the export in the site's time zone. */
    record Download(String fileName, byte[] content) {
    }
}
