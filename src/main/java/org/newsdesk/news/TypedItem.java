package org.newsdesk.news;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.newsdesk.site.Language;

/**
 * What an editor typed into the item form (the item as saved is a {@link SavedItem}), already checked against the limits of the data model
 * (lengths, characters, formats): the editor only applies the publishing and slug rules.
 *
 * @param tags tag names, trimmed, without duplicates ignoring case
 * @param slug the wanted slug, or null to make one from the title
 * @param date the item's date in the site's time zone, or null (a draft may have none)
 * @param time the time of day in the site's time zone, or null
 * @param withdrawalNote the note a withdrawn item's page shows, or null
 * @param leadPictureId the picture the item leads with, or null
 * @param language the item's language, or null: the site's default for a new item, unchanged for a saved one
 */
public record TypedItem(String title, String summary, String body, List<String> tags, String slug,
                           LocalDate date, LocalTime time, String withdrawalNote, Long leadPictureId, Language language) {

    public TypedItem {
        tags = List.copyOf(tags);
    }

    /** Without a lead picture, in the site's default language. */
    public TypedItem(String title, String summary, String body, List<String> tags, String slug,
                     LocalDate date, LocalTime time, String withdrawalNote) {
        this(title, summary, body, tags, slug, date, time, withdrawalNote, null, null);
    }
}
