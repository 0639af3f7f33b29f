package org.newsdesk.news;

import static org.newsdesk.site.PlainText.Allowing.LINE_BREAKS;
import static org.newsdesk.site.PlainText.Allowing.LINE_BREAKS_AND_TABS;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.newsdesk.news.tags.Tag;
import org.newsdesk.site.DateRange;
import org.newsdesk.site.PlainText;
import org.newsdesk.site.Slug;
import org.newsdesk.site.UnicodeText;

/**
 * Everything about an item that moves with it between servers: content, status, dates, tags,
 * old slugs and who wrote it. {@link ItemSnapshots} reads items as snapshots and puts snapshots
 * back; the JSON export is a list of them, so its field names are a contract with files already
 * written. The HTML is not part of it: it is rendered again from the Markdown. Since issue 14 a
 * snapshot carries the item's language and its translation links (a key shared by translations).
 * <p>
 * The constraints are the limits of the data model, checked before a snapshot from a file is
 * put. Such a snapshot may lack what a hand-made file leaves out (null lists, no authors); the
 * importer fills those in before it puts it.
 */
public record ItemSnapshot(
        @NotNull(message = "{admin.transfer.error.slug}")
        @Slug(message = "{admin.transfer.error.slug}")
        String slug,
        @ItemText.Title
        String title,
        @ItemText.Summary
        String summary,
        @Size(max = NewsItem.BODY_MAX_LENGTH, message = "{admin.items.error.body.length}")
        @PlainText(value = LINE_BREAKS_AND_TABS, message = "{admin.items.error.body.controlCharacters}")
        String body,
        /* A status this code does not know is read as null, so that it is reported as a wrong status. */
        @NotNull(message = "{admin.transfer.error.status}")
        NewsStatus status,
        @DateRange.InRange Instant publishedAt,
        @DateRange.InRange Instant firstPublishedAt,
        @Size(max = NewsItemForm.NOTE_MAX_LENGTH, message = "{admin.items.error.note.length}")
        @PlainText(value = LINE_BREAKS, message = "{admin.items.error.controlCharacters}")
        String withdrawalNote,
        List<@Valid @NotNull(message = "{admin.transfer.error.missing}") SnapshotTag> tags,
        List<@Valid @NotNull(message = "{admin.transfer.error.missing}") OldSlug> oldSlugs,
        @DateRange.InRange Instant createdAt,
        @Size(max = AUTHOR_MAX_LENGTH, message = "{admin.transfer.error.author}")
        @PlainText(message = "{admin.items.error.controlCharacters}")
        String createdBy,
        @DateRange.InRange Instant updatedAt,
        @Size(max = AUTHOR_MAX_LENGTH, message = "{admin.transfer.error.author}")
        @PlainText(message = "{admin.items.error.controlCharacters}")
        String updatedBy,
        /* en or es; a file without it (written before issue 14) leaves an item's language as it is, English for a new one. */
        @Pattern(regexp = "en|es", message = "{admin.transfer.error.language}")
        String language,
        /* Items of one file with the same key are translations of each other; a key means nothing outside its file. */
        @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{admin.transfer.error.translationGroup}")
        String translationGroup,
        /*
         * The lead picture, numbered as the body's media:N references are: the library's ids in the
         * plain JSON export, the pictures of pictures.json in the zip export (issue 13). A file without
         * it (written before pictures) leaves an item's lead picture as it is, none for a new one.
         */
        @Positive(message = "{admin.transfer.error.leadPicture}")
        Long leadPicture) {

    /** A snapshot without a lead picture (the text import, files written before pictures). */
    public ItemSnapshot(String slug, String title, String summary, String body, NewsStatus status, Instant publishedAt,
                        Instant firstPublishedAt, String withdrawalNote, List<SnapshotTag> tags, List<OldSlug> oldSlugs,
                        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, String language,
                        String translationGroup) {
        this(slug, title, summary, body, status, publishedAt, firstPublishedAt, withdrawalNote, tags, oldSlugs, createdAt,
                createdBy, updatedAt, updatedBy, language, translationGroup, null);
    }

    /** The pictures of the library the item shows: its lead picture and those its body places, in order. */
    public Set<Long> pictures() {
        Set<Long> pictures = new LinkedHashSet<>();
        if (leadPicture != null) {
            pictures.add(leadPicture);
        }
        pictures.addAll(PictureReferences.in(body));
        return pictures;
    }

    /**
     * The same item showing the pictures that {@code ids} gives for its own (every one of
     * {@link #pictures()} must be a key): for an import into a library that numbers them otherwise.
     * Empty when a reference in the body cannot be rewritten exactly (an escape in its address).
     */
    public Optional<ItemSnapshot> withPictures(Map<Long, Long> ids) {
        String renumbered = PictureReferences.renumbered(body, ids);
        return Optional.ofNullable(renumbered).map(text -> new ItemSnapshot(slug, title, summary, text, status, publishedAt,
                firstPublishedAt, withdrawalNote, tags, oldSlugs, createdAt, createdBy, updatedAt, updatedBy, language,
                translationGroup, leadPicture == null ? null : ids.get(leadPicture)));
    }

    /** Text as the site keeps it ({@link UnicodeText}), whoever made the snapshot: a file, the text import, the database. */
    public ItemSnapshot {
        title = UnicodeText.normalize(title);
        summary = UnicodeText.normalize(summary);
        body = UnicodeText.normalize(body);
        withdrawalNote = UnicodeText.normalize(withdrawalNote);
        createdBy = UnicodeText.normalize(createdBy);
        updatedBy = UnicodeText.normalize(updatedBy);
    }

    private static final int AUTHOR_MAX_LENGTH = 200;

    /** A topic of the item; without a slug one is made from the name. */
    public record SnapshotTag(
            @NotBlank(message = "{admin.transfer.error.tagName}")
            @Size(max = Tag.NAME_MAX_LENGTH, message = "{admin.transfer.error.tagName}")
            @PlainText(message = "{admin.items.error.controlCharacters}")
            String name,
            @Slug(message = "{admin.transfer.error.slug}")
            String slug) {

        public SnapshotTag {
            name = UnicodeText.normalize(name);
        }
    }

    /** An earlier slug of the item, which still leads to it. */
    public record OldSlug(
            @NotNull(message = "{admin.transfer.error.slug}")
            @Slug(message = "{admin.transfer.error.slug}")
            String slug,
            @NotNull(message = "{admin.transfer.error.missing}")
            @DateRange.InRange
            Instant retiredAt) {
    }
}
