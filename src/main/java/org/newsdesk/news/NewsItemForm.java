package org.newsdesk.news;

import static org.newsdesk.site.PlainText.Allowing.LINE_BREAKS;
import static org.newsdesk.site.PlainText.Allowing.LINE_BREAKS_AND_TABS;
import static org.newsdesk.site.TextPatterns.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.newsdesk.news.tags.Tag;
import org.newsdesk.site.DateRange;
import org.newsdesk.site.Language;
import org.newsdesk.site.PlainText;
import org.newsdesk.site.Slug;

import org.springframework.validation.Errors;

/**
 * The one form for new and existing items. It is bound field by field from the request (a record:
 * status, author or dates of creation cannot be set through it), and every field is text, so that
 * a malformed date comes back as a message next to the field, with what was typed still in it.
 * Text is trimmed here; the limits are those of the database.
 *
 * @param date {@code yyyy-MM-dd} in the site's time zone, or empty
 * @param time {@code HH:mm} in the site's time zone, or empty
 * @param tags tag names separated by commas
 * @param slug empty to make one from the title
 * @param version the version of the item the form was opened on (empty for a new item)
 * @param language {@code en} or {@code es}; empty keeps a saved item's (a new one gets the site's default)
 */
public record NewsItemForm(
        @ItemText.Title
        String title,
        @Pattern(regexp = "|[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "{admin.items.error.date.format}")
        String date,
        @Pattern(regexp = "|[0-9]{2}:[0-9]{2}", message = "{admin.items.error.time.format}")
        String time,
        @ItemText.Summary
        String summary,
        @Size(max = NewsItem.BODY_MAX_LENGTH, message = "{admin.items.error.body.length}")
        @PlainText(value = LINE_BREAKS_AND_TABS, message = "{admin.items.error.body.controlCharacters}")
        String body,
        String tags,
        @Slug(allowEmpty = true, message = "{admin.items.error.slug.format}")
        String slug,
        @Size(max = NOTE_MAX_LENGTH, message = "{admin.items.error.note.length}")
        @Pattern(regexp = ONE_PARAGRAPH, message = "{admin.items.error.note.oneParagraph}")
        @PlainText(value = LINE_BREAKS, message = "{admin.items.error.controlCharacters}")
        String withdrawalNote,
        String version,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{admin.items.error.leadPicture.gone}")
        String leadPicture,
        @Pattern(regexp = "|en|es", message = "{admin.items.error.language}")
        String language) {

    public static final int NOTE_MAX_LENGTH = 1000;
    static final int MAX_TAGS = 20;


    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public NewsItemForm {
        title = strip(title);
        date = strip(date);
        time = strip(time);
        summary = strip(summary);
        body = body == null ? "" : trimBody(body);
        tags = strip(tags);
        slug = strip(slug);
        withdrawalNote = strip(withdrawalNote);
        version = strip(version);
        leadPicture = strip(leadPicture);
        language = strip(language);
    }

    /** A new item's form, in the language it will be written in. */
    static NewsItemForm empty(Language language) {
        return new NewsItemForm("", "", "", "", "", "", "", "", "", "", language.code());
    }

    /**
     * The form of a saved item. An item never public whose slug is still the one its title made
     * (a draft, a "Translate" draft with the copied title) shows an empty slug field: its address
     * follows its title, as a new item's does, until the editor types one or it is published.
     */
    static NewsItemForm of(SavedItem item, ZoneId zone) {
        String date = "";
        String time = "";
        if (item.publishedAt() != null) {
            date = DATE.format(item.publishedAt().atZone(zone));
            time = TIME.format(item.publishedAt().atZone(zone));
        }
        return new NewsItemForm(item.title(), date, time, item.summary(), item.body(), String.join(", ", item.tags()),
                !item.beenPublic() && ItemSlugs.madeFromTitle(item.slug(), item.title()) ? "" : item.slug(),
                item.withdrawalNote() == null ? "" : item.withdrawalNote(), String.valueOf(item.version()),
                item.leadPictureId() == null ? "" : String.valueOf(item.leadPictureId()), item.language().code());
    }

    /**
     * The checks a field annotation cannot make: real dates and times, each tag name, the version.
     * Call after bean validation, with its result.
     */
    void check(Errors errors, boolean existing) {
        if (!errors.hasFieldErrors("date") && !date.isEmpty() && parseDate() == null) {
            errors.rejectValue("date", "admin.items.error.date.invalid");
        }
        else if (!errors.hasFieldErrors("date") && !date.isEmpty() && !DateRange.contains(parseDate())) {
            errors.rejectValue("date", "dates.outOfRange");
        }
        if (!errors.hasFieldErrors("time") && !time.isEmpty() && parseTime() == null) {
            errors.rejectValue("time", "admin.items.error.time.invalid");
        }
        if (date.isEmpty() && !time.isEmpty() && !errors.hasFieldErrors("time")) {
            errors.rejectValue("date", "admin.items.error.date.missingForTime");
        }
        List<String> names = tagNames();
        for (String name : names) {
            if (name.length() > Tag.NAME_MAX_LENGTH) {
                errors.rejectValue("tags", "admin.items.error.tags.length", new Object[] {name, Tag.NAME_MAX_LENGTH}, null);
            }
            else if (!name.matches(NO_CONTROL_CHARACTERS)) {
                errors.rejectValue("tags", "admin.items.error.controlCharacters");
            }
        }
        if (names.size() > MAX_TAGS) {
            errors.rejectValue("tags", "admin.items.error.tags.tooMany", new Object[] {MAX_TAGS}, null);
        }
        if (existing && !version.matches("[0-9]{1,18}")) {
            // Only a tampered or truncated form gets here; a message is better than a guess.
            errors.reject("admin.items.error.version");
        }
    }

    /** Tag names as typed between commas, trimmed, inner spaces collapsed, duplicates (ignoring case) dropped. */
    List<String> tagNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String part : tags.split(",")) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (!name.isEmpty()) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return new ArrayList<>(names.values());
    }

    long versionNumber() {
        return Long.parseLong(version);
    }

    /** What the editor asked for, once the form is valid. */
    TypedItem typed() {
        return new TypedItem(title, summary, body, tagNames(), slug.isEmpty() ? null : slug,
                date.isEmpty() ? null : parseDate(), time.isEmpty() ? null : parseTime(),
                withdrawalNote.isEmpty() ? null : withdrawalNote, leadPictureId(), Language.ofCode(language));
    }

    /** The chosen lead picture, or null. */
    Long leadPictureId() {
        return leadPicture.matches("[0-9]{1,18}") ? Long.valueOf(leadPicture) : null;
    }

    /** The same text with another lead picture (one just uploaded from the form). */
    NewsItemForm withLeadPicture(long pictureId) {
        return new NewsItemForm(title, date, time, summary, body, tags, slug, withdrawalNote, version, String.valueOf(pictureId), language);
    }

    /** The same text with another version: after a conflict, the next save is made over what the editor has now seen. */
    NewsItemForm withVersion(long newVersion) {
        return new NewsItemForm(title, date, time, summary, body, tags, slug, withdrawalNote, String.valueOf(newVersion), leadPicture, language);
    }

    /** The start of the item's address in its language, shown before the slug field: {@code /news/}, {@code /es/noticias/}. */
    public String slugPrefix() {
        Language chosen = Language.ofCode(language);
        return NewsLinks.item(chosen == null ? Language.EN : chosen, "");
    }

    /**
     * The same form with a working copy's fields, on the version of the item it was typed over
     * ({@link ItemWorkingCopyController}); a field the copy does not hold keeps this form's value.
     */
    NewsItemForm withKept(ItemWorkingCopies.WorkingText kept, String newVersion) {
        return new NewsItemForm(kept.title(), or(kept.date(), date), or(kept.time(), time), kept.summary(), kept.body(), kept.tags(),
                kept.slug(), or(kept.withdrawalNote(), withdrawalNote), newVersion, or(kept.leadPicture(), leadPicture),
                or(kept.language(), language));
    }

    /** Whether a save of this form would change nothing of {@code other}'s: every field alike but the version, topics by name. */
    boolean sameAs(NewsItemForm other) {
        return title.equals(other.title) && date.equals(other.date) && time.equals(other.time) && summary.equals(other.summary)
                && body.equals(other.body) && tagNames().equals(other.tagNames()) && slug.equals(other.slug)
                && withdrawalNote.equals(other.withdrawalNote) && leadPicture.equals(other.leadPicture)
                && language.equals(other.language);
    }

    private static String or(String kept, String otherwise) {
        return kept == null ? otherwise : kept;
    }

    private LocalDate parseDate() {
        try {
            return LocalDate.parse(date, DATE);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalTime parseTime() {
        try {
            return LocalTime.parse(time, TIME);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * Browsers send line breaks as CRLF; a body is kept with LF only (its limit counts characters
     * as the reader sees them), without trailing spaces or leading empty lines. Leading spaces of
     * the first line stay: in Markdown they mean something.
     */
    private static String trimBody(String body) {
        String lines = body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        int start = 0;
        for (int i = 0; i < lines.length() && (lines.charAt(i) == '\n' || lines.charAt(i) == ' ' || lines.charAt(i) == '\t'); i++) {
            if (lines.charAt(i) == '\n') {
                start = i + 1;
            }
        }
        return lines.substring(start);
    }
}
