package org.newsdesk.transfer;

import org.newsdesk.news.NewsItemForm;
import org.newsdesk.site.TextPatterns;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.newsdesk.news.ItemSnapshot;
import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.site.Slugs;
import org.newsdesk.news.tags.Tag;

/**
 * The JSON export of every item, for backups and moves between servers. Its shape is a contract
 * with files already written: change it only by adding fields, or with a new {@code version}.
 * An import checks every field against the limits of the data model, as the form does.
 */
record ItemArchive(String format, Integer version, Instant exportedAt, String site, List<@Valid Item> items) {

    static final String FORMAT = "newsdesk-items";
    static final int VERSION = 1;

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    static ItemArchive of(List<ItemSnapshot> snapshots, Instant now, String site) {
        return new ItemArchive(FORMAT, VERSION, now, site, snapshots.stream().map(Item::of).toList());
    }

    /** One item: its content, where it stands, its tags and the slugs that still lead to it. */
    record Item(
            @NotNull(message = "{admin.transfer.error.slug}")
            @Size(max = Slugs.MAX_LENGTH, message = "{admin.transfer.error.slug}")
            @Pattern(regexp = SLUG, message = "{admin.transfer.error.slug}")
            String slug,
            @NotBlank(message = "{admin.items.error.title.required}")
            @Size(max = NewsItem.TITLE_MAX_LENGTH, message = "{admin.items.error.title.length}")
            @Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS, message = "{admin.items.error.controlCharacters}")
            String title,
            @NotBlank(message = "{admin.items.error.summary.required}")
            @Size(max = NewsItem.SUMMARY_MAX_LENGTH, message = "{admin.items.error.summary.length}")
            @Pattern(regexp = TextPatterns.ONE_PARAGRAPH, message = "{admin.items.error.summary.oneParagraph}")
            @Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS, message = "{admin.items.error.controlCharacters}")
            String summary,
            @Size(max = NewsItem.BODY_MAX_LENGTH, message = "{admin.items.error.body.length}")
            @Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS_BUT_LINES_AND_TABS, message = "{admin.items.error.body.controlCharacters}")
            String body,
            @NotNull(message = "{admin.transfer.error.status}")
            @Pattern(regexp = "DRAFT|PUBLISHED|WITHDRAWN", message = "{admin.transfer.error.status}")
            String status,
            Instant publishedAt,
            Instant firstPublishedAt,
            @Size(max = NewsItemForm.NOTE_MAX_LENGTH, message = "{admin.items.error.note.length}")
            @Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS, message = "{admin.items.error.controlCharacters}")
            String withdrawalNote,
            List<@Valid @NotNull(message = "{admin.transfer.error.missing}") ItemTag> tags,
            List<@Valid @NotNull(message = "{admin.transfer.error.missing}") OldSlug> oldSlugs,
            Instant createdAt,
            @Size(max = 200, message = "{admin.transfer.error.author}")
            @Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS, message = "{admin.items.error.controlCharacters}")
            String createdBy,
            Instant updatedAt,
            @Size(max = 200, message = "{admin.transfer.error.author}")
            @Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS, message = "{admin.items.error.controlCharacters}")
            String updatedBy) {

        static Item of(ItemSnapshot snapshot) {
            return new Item(snapshot.slug(), snapshot.title(), snapshot.summary(), snapshot.body(),
                    snapshot.status().name(), snapshot.publishedAt(), snapshot.firstPublishedAt(),
                    snapshot.withdrawalNote(),
                    snapshot.tags().stream().map(tag -> new ItemTag(tag.name(), tag.slug())).toList(),
                    snapshot.oldSlugs().stream().map(old -> new OldSlug(old.slug(), old.retiredAt())).toList(),
                    snapshot.createdAt(), snapshot.createdBy(), snapshot.updatedAt(), snapshot.updatedBy());
        }

        /**
         * The snapshot to import. What a hand-made file may leave out gets a plain default: no
         * body, no tags, created and changed now by the editor who imports it.
         */
        ItemSnapshot toSnapshot(Instant now, String editor) {
            List<ItemTag> itemTags = tags == null ? List.of() : tags;
            List<OldSlug> old = oldSlugs == null ? List.of() : oldSlugs;
            Instant created = createdAt == null ? now : createdAt;
            return new ItemSnapshot(slug, title.strip(), summary.strip(), body == null ? "" : body,
                    NewsStatus.valueOf(status), publishedAt, firstPublishedAt,
                    withdrawalNote == null || withdrawalNote.isBlank() ? null : withdrawalNote.strip(),
                    itemTags.stream().map(tag -> new ItemSnapshot.SnapshotTag(tag.name().strip(), tag.slug())).toList(),
                    old.stream().map(slug -> new ItemSnapshot.OldSlug(slug.slug(), slug.retiredAt())).toList(),
                    created, blank(createdBy) ? editor : createdBy,
                    updatedAt == null ? created : updatedAt, blank(updatedBy) ? editor : updatedBy);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    record ItemTag(
            @NotBlank(message = "{admin.transfer.error.tagName}")
            @Size(max = Tag.NAME_MAX_LENGTH, message = "{admin.transfer.error.tagName}")
            @Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS, message = "{admin.items.error.controlCharacters}")
            String name,
            @Size(max = Slugs.MAX_LENGTH, message = "{admin.transfer.error.slug}")
            @Pattern(regexp = SLUG, message = "{admin.transfer.error.slug}")
            String slug) {
    }

    record OldSlug(
            @NotNull(message = "{admin.transfer.error.slug}")
            @Size(max = Slugs.MAX_LENGTH, message = "{admin.transfer.error.slug}")
            @Pattern(regexp = SLUG, message = "{admin.transfer.error.slug}")
            String slug,
            @NotNull(message = "{admin.transfer.error.missing}")
            Instant retiredAt) {
    }
}
