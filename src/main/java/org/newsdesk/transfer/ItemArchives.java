package org.newsdesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.media.Pictures;
import org.newsdesk.news.ItemRefusalMessages;
import org.newsdesk.news.ItemSnapshot;
import org.newsdesk.news.ItemSnapshots;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.site.Messages;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every item as one JSON file, an {@link ItemArchive}: written for a backup or a move to another
 * server, and read back. An import parses the file, checks every item like the form checks it,
 * and only then imports, in one transaction. Items are matched by slug: a new slug creates an item;
 * an existing one with the same content is left alone; with other content it is updated only
 * when asked. Any problem is reported in words an editor can act on (which item, which field,
 * what is wrong), and then nothing at all is imported.
 */
@Service
class ItemArchives {

    static final long FILE_MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern ITEM_PATH = Pattern.compile("items\\[(\\d+)]\\.?(.*)");

    private final JsonMapper json;
    private final Validator validator;
    private final ItemSnapshots snapshots;
    private final TransactionOperations transaction;
    private final Messages messages;
    private final SiteProperties site;
    private final Clock clock;
    private final AuditLog audit;
    private final Pictures pictures;

    ItemArchives(JsonMapper json, Validator validator, ItemSnapshots snapshots, TransactionOperations transaction,
                   Messages messages, SiteProperties site, Clock clock, AuditLog audit, Pictures pictures) {
        this.json = strict(json);
        this.validator = validator;
        this.snapshots = snapshots;
        this.transaction = transaction;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
        this.audit = audit;
        this.pictures = pictures;
    }

    /** Every item, in a file named after the day of the export in the site's time zone. */
    Download export() {
        Instant now = clock.instant();
        ItemArchive archive = archive(now);
        audit.record(AuditAction.EXPORT, "JSON", archive.items().size() + " items");
        return new Download("newsdesk-items-" + LocalDate.ofInstant(now, site.timeZone()) + ".json", bytes(archive));
    }

    /** Every item as the export holds them, at {@code now}. */
    ItemArchive archive(Instant now) {
        return ItemArchive.of(snapshots.all(), now, site.baseUrlText());
    }

    /** The JSON file of an archive, as the export writes it. */
    byte[] bytes(ItemArchive archive) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(archive);
    }

    /** @throws Refused with the problems found; nothing was imported then */
    List<Outcome> importFrom(MultipartFile file, boolean updateExisting, String editor) {
        if (file == null || file.isEmpty()) {
            throw new Refused(List.of(messages.get("admin.transfer.json.noFile")));
        }
        if (file.getSize() > FILE_MAX_BYTES) {
            throw new Refused(List.of(messages.get("admin.transfer.json.tooLarge")));
        }
        ItemArchive archive;
        try (InputStream input = file.getInputStream()) {
            archive = checked(input);
        }
        catch (IOException e) {
            throw new Refused(List.of(messages.get("admin.transfer.text.error.unreadable")));
        }
        // A JSON export carries no pictures: those its items show must be in this library already.
        requirePictures(archive, pictures.find(archive.items().stream().flatMap(item -> item.pictures().stream()).toList()).keySet(),
                "admin.transfer.json.pictureNotHere");
        return put(archive.items(), updateExisting, editor, "JSON");
    }

    /**
     * Every picture the items show is one of {@code known}.
     *
     * @throws Refused naming each item and picture that is not, in the words of {@code messageKey}
     */
    void requirePictures(ItemArchive archive, Set<Long> known, String messageKey) {
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < archive.items().size(); index++) {
            ItemSnapshot item = archive.items().get(index);
            for (long picture : item.pictures()) {
                if (!known.contains(picture)) {
                    problems.add(messages.get(messageKey, index + 1, item.slug(), String.valueOf(picture)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    /**
     * The items of an export read from {@code input} and checked like the form checks them.
     *
     * @throws Refused with the problems found
     */
    ItemArchive checked(InputStream input) {
        ItemArchive archive = read(input);
        List<String> problems = check(archive);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return archive;
    }

    /**
     * Puts checked items, their pictures this library's, in one transaction (the caller's, if it
     * has one): all of them, or none when one is refused.
     *
     * @throws Refused naming the item refused
     */
    List<Outcome> put(List<ItemSnapshot> checked, boolean updateExisting, String editor, String kindOfFile) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<ItemSnapshot> items = checked.stream().map(item -> completed(item, now, editor)).toList();
        // All of it or nothing: a refusal thrown out of the transaction rolls back the items put before it.
        return transaction.execute(status -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (int index = 0; index < items.size(); index++) {
                ItemSnapshot item = items.get(index);
                try {
                    outcomes.add(new Outcome(item.slug(), item.title(), put(item, updateExisting, editor)));
                }
                catch (RefusedException refused) {
                    String reason = messages.get(ItemRefusalMessages.ITEMS.message(refused));
                    throw new Refused(List.of(messages.get("admin.transfer.json.itemProblem", index + 1, item.slug(),
                            refused.field(), reason)));
                }
            }
            linkTranslations(items, outcomes);
            audit.record(AuditAction.IMPORT, kindOfFile, counts(outcomes) + (updateExisting ? ", updating existing items" : ""));
            return outcomes;
        });
    }

    /** Items of the file with one translation key become translations of each other, unless one of them was skipped. */
    private void linkTranslations(List<ItemSnapshot> items, List<Outcome> outcomes) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index).translationGroup() != null) {
                groups.computeIfAbsent(items.get(index).translationGroup(), key -> new ArrayList<>()).add(index);
            }
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1 && group.stream().noneMatch(index -> outcomes.get(index).kind() == Kind.SKIPPED)) {
                snapshots.linkTranslations(group.stream().map(index -> items.get(index).slug()).toList());
            }
        }
    }

    private Kind put(ItemSnapshot item, boolean updateExisting, String editor) {
        ItemSnapshot here = snapshots.find(item.slug()).orElse(null);
        if (here != null && sameContent(here, item)) {
            return Kind.UNCHANGED;
        }
        if (here != null && !updateExisting) {
            return Kind.SKIPPED;
        }
        snapshots.put(item, editor);
        return here == null ? Kind.CREATED : Kind.UPDATED;
    }

    /** Same content: the authors, dates of writing and the first publication do not count, nor old slugs only here. */
    private static boolean sameContent(ItemSnapshot here, ItemSnapshot item) {
        return here.title().equals(item.title()) && here.summary().equals(item.summary())
                && here.body().equals(item.body()) && here.status() == item.status()
                && Objects.equals(here.publishedAt(), item.publishedAt())
                && Objects.equals(here.withdrawalNote(), item.withdrawalNote())
                && (item.language() == null || item.language().equals(here.language()))
                && (item.leadPicture() == null || item.leadPicture().equals(here.leadPicture()))
                && tagNames(here).equals(tagNames(item))
                && here.oldSlugs().stream().map(ItemSnapshot.OldSlug::slug).collect(Collectors.toSet())
                        .containsAll(item.oldSlugs().stream().map(ItemSnapshot.OldSlug::slug).toList());
    }

    private static Set<String> tagNames(ItemSnapshot item) {
        return item.tags().stream().map(tag -> tag.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * The item as it will be put. What a hand-made file may leave out gets a plain default: no
     * body, no tags, created and changed now by the editor who imports it.
     */
    private static ItemSnapshot completed(ItemSnapshot item, Instant now, String editor) {
        List<ItemSnapshot.SnapshotTag> tags = item.tags() == null ? List.of() : item.tags();
        List<ItemSnapshot.OldSlug> oldSlugs = item.oldSlugs() == null ? List.of() : item.oldSlugs();
        Instant created = item.createdAt() == null ? now : item.createdAt();
        return new ItemSnapshot(item.slug(), item.title().strip(), item.summary().strip(),
                item.body() == null ? "" : item.body(), item.status(), item.publishedAt(), item.firstPublishedAt(),
                blank(item.withdrawalNote()) ? null : item.withdrawalNote().strip(),
                tags.stream().map(tag -> new ItemSnapshot.SnapshotTag(tag.name().strip(), tag.slug())).toList(),
                List.copyOf(oldSlugs), created, blank(item.createdBy()) ? editor : item.createdBy(),
                item.updatedAt() == null ? created : item.updatedAt(), blank(item.updatedBy()) ? editor : item.updatedBy(),
                item.language(), item.translationGroup(), item.leadPicture());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The application's mapper, strict about kinds for this file only: {@code "version": "1"},
     * {@code 1.5} for a whole number, a number or {@code true} where text belongs, a number where
     * an instant belongs are refused with where they are, never quietly turned into something else.
     */
    static JsonMapper strict(JsonMapper json) {
        return json.rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, instant -> instant
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-instants").addDeserializer(Instant.class, new InstantAsText()))
                .build();
    }

    /** An instant written as text only, as the export writes it ({@code "2017-12-04T16:00:00Z"}); a number is no instant here. */
    private static final class InstantAsText extends StdScalarDeserializer<Instant> {

        InstantAsText() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString().strip();
            try {
                return Instant.parse(text);
            }
            catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an instant such as 2017-12-04T16:00:00Z");
            }
        }
    }

    /**
     * Reads the file in two steps, so that each kind of mistake gets its own message: first as
     * JSON (a syntax error is reported with its line and column), then as an export (a value of
     * the wrong kind is reported with where it is, such as {@code items[3].publishedAt}).
     */
    private ItemArchive read(InputStream file) {
        JsonNode tree;
        try {
            tree = json.readTree(file);
        }
        catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null || location.getLineNr() < 1 ? "" : messages.get("admin.transfer.json.location",
                    location.getLineNr(), location.getColumnNr());
            throw new Refused(List.of(messages.get("admin.transfer.json.malformed", where)));
        }
        if (tree == null || !tree.isObject()) {
            throw new Refused(List.of(messages.get("admin.transfer.json.notAnExport")));
        }
        try {
            // A status this code does not know is read as null, and then reported as a wrong status.
            return json.readerFor(ItemArchive.class)
                    .with(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                    .with(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                    .readValue(tree);
        }
        catch (JacksonException e) {
            throw new Refused(List.of(wrongKind(tree, e)));
        }
    }

    private List<String> check(ItemArchive archive) {
        if (!ItemArchive.FORMAT.equals(archive.format()) || archive.items() == null) {
            return List.of(messages.get("admin.transfer.json.notAnExport"));
        }
        if (archive.version() == null || archive.version() != ItemArchive.VERSION) {
            return List.of(messages.get("admin.transfer.json.unknownVersion", String.valueOf(archive.version())));
        }
        List<String> problems = new ArrayList<>();
        List<ConstraintViolation<ItemArchive>> violations = new ArrayList<>(validator.validate(archive));
        violations.sort(Comparator.comparing(violation -> violation.getPropertyPath().toString()));
        for (ConstraintViolation<ItemArchive> violation : violations) {
            Matcher path = ITEM_PATH.matcher(violation.getPropertyPath().toString());
            if (path.matches()) {
                int index = Integer.parseInt(path.group(1));
                problems.add(itemProblem(archive, index, path.group(2), violation.getMessage()));
            }
            else {
                problems.add(violation.getPropertyPath() + ": " + violation.getMessage());
            }
        }
        Set<String> slugs = new HashSet<>();
        for (int index = 0; index < archive.items().size(); index++) {
            ItemSnapshot item = archive.items().get(index);
            if (item == null) {
                problems.add(messages.get("admin.transfer.json.itemMissing", index + 1));
                continue;
            }
            if (item.slug() != null && !slugs.add(item.slug())) {
                problems.add(itemProblem(archive, index, "slug", messages.get("admin.transfer.error.duplicateSlug")));
            }
            if (item.status() == NewsStatus.PUBLISHED && item.publishedAt() == null) {
                problems.add(itemProblem(archive, index, "publishedAt", messages.get("admin.items.error.date.requiredPublished")));
            }
        }
        return problems;
    }

    private String itemProblem(ItemArchive archive, int index, String field, String problem) {
        ItemSnapshot item = archive.items().get(index);
        String slug = item == null || item.slug() == null ? "?" : item.slug();
        return messages.get("admin.transfer.json.itemProblem", index + 1, slug, field.isEmpty() ? "-" : field, problem);
    }

    /**
     * A value of the wrong kind, said with where it is: for an item, its number and address and
     * the field ({@code Item 2 (address "x"), title: …}); else the path, such as {@code version}.
     */
    private String wrongKind(JsonNode tree, JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (path.size() >= 2 && "items".equals(path.get(0).getPropertyName()) && path.get(1).getIndex() >= 0) {
            int index = path.get(1).getIndex();
            JsonNode slug = tree.path("items").path(index).path("slug");
            String field = path(path.subList(2, path.size()));
            return messages.get("admin.transfer.json.itemProblem", index + 1, slug.isString() ? slug.asString() : "?",
                    field.isEmpty() ? "-" : field, messages.get("admin.transfer.json.wrongKind"));
        }
        return messages.get("admin.transfer.json.wrongValue", path(path), "");
    }

    /** Where in the file a value is, such as {@code items[3].publishedAt} (counting from 1). */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }

    /** The file cannot be imported; each message says why, for one item or for the whole file. */
    static class Refused extends RuntimeException {

        private final transient List<String> problems;

        Refused(List<String> problems) {
            super("Import refused", null, false, false);
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    record Download(String fileName, byte[] content) {
    }

    /** What importing one item did. */
    /** Such as "3 created, 1 updated, 0 unchanged, 0 skipped", for the audit log. */
    private static String counts(List<Outcome> outcomes) {
        return Arrays.stream(Kind.values())
                .map(kind -> outcomes.stream().filter(outcome -> outcome.kind() == kind).count() + " "
                        + kind.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    record Outcome(String slug, String title, Kind kind) {
    }

    enum Kind {
        /** A new item. */
        CREATED,
        /** An item with this slug existed with other content, and was brought in line. */
        UPDATED,
        /** An item with this slug already had exactly this content. */
        UNCHANGED,
        /** An item with this slug exists with other content, and updating was not asked for. */
        SKIPPED
    }
}
