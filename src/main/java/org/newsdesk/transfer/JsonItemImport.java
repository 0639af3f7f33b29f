package org.newsdesk.transfer;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.news.ItemImportRefusedException;
import org.newsdesk.news.ItemRefusalMessages;
import org.newsdesk.news.ItemSnapshot;
import org.newsdesk.news.NewsItemTransfer;
import org.newsdesk.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON export back: the file is parsed, every item checked like the form checks it, and
 * only then imported, in one transaction. Any problem is reported in words an editor can act on
 * (which item, which field, what is wrong), and then nothing at all is imported.
 */
@Component
class JsonItemImport {

    private static final Pattern ITEM_PATH = Pattern.compile("items\\[(\\d+)]\\.?(.*)");

    private final JsonMapper json;
    private final Validator validator;
    private final NewsItemTransfer transfer;
    private final MessageSource messages;
    private final SiteProperties site;
    private final Clock clock;

    JsonItemImport(JsonMapper json, Validator validator, NewsItemTransfer transfer, MessageSource messages,
                   SiteProperties site, Clock clock) {
        this.json = json;
        this.validator = validator;
        this.transfer = transfer;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    /** @throws Refused with the problems found; nothing was imported then */
    List<ItemSnapshot.Outcome> importFrom(InputStream file, boolean updateExisting, String editor) {
        ItemArchive archive = read(file);
        List<String> problems = check(archive);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<ItemSnapshot> snapshots = archive.items().stream().map(item -> item.toSnapshot(now, editor)).toList();
        try {
            return transfer.importSnapshots(snapshots, updateExisting, editor);
        }
        catch (ItemImportRefusedException refused) {
            String reason = message(ItemRefusalMessages.ITEMS.messageKey(refused.reason()), refused.reason().arguments());
            throw new Refused(List.of(message("admin.transfer.json.itemProblem", refused.position(), refused.slug(),
                    refused.reason().field(), reason)));
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
            String where = location == null || location.getLineNr() < 1 ? "" : message("admin.transfer.json.location",
                    location.getLineNr(), location.getColumnNr());
            throw new Refused(List.of(message("admin.transfer.json.malformed", where)));
        }
        if (tree == null || !tree.isObject()) {
            throw new Refused(List.of(message("admin.transfer.json.notAnExport")));
        }
        try {
            return json.treeToValue(tree, ItemArchive.class);
        }
        catch (JacksonException e) {
            throw new Refused(List.of(message("admin.transfer.json.wrongValue", path(e), "")));
        }
    }

    private List<String> check(ItemArchive archive) {
        if (!ItemArchive.FORMAT.equals(archive.format()) || archive.items() == null) {
            return List.of(message("admin.transfer.json.notAnExport"));
        }
        if (archive.version() == null || archive.version() != ItemArchive.VERSION) {
            return List.of(message("admin.transfer.json.unknownVersion", String.valueOf(archive.version())));
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
            ItemArchive.Item item = archive.items().get(index);
            if (item == null) {
                problems.add(message("admin.transfer.json.itemMissing", index + 1));
                continue;
            }
            if (item.slug() != null && !slugs.add(item.slug())) {
                problems.add(itemProblem(archive, index, "slug", message("admin.transfer.error.duplicateSlug")));
            }
            if ("PUBLISHED".equals(item.status()) && item.publishedAt() == null) {
                problems.add(itemProblem(archive, index, "publishedAt", message("admin.items.error.date.requiredPublished")));
            }
        }
        return problems;
    }

    private String itemProblem(ItemArchive archive, int index, String field, String problem) {
        ItemArchive.Item item = archive.items().get(index);
        String slug = item == null || item.slug() == null ? "?" : item.slug();
        return message("admin.transfer.json.itemProblem", index + 1, slug, field.isEmpty() ? "-" : field, problem);
    }

    /** Where in the file a value of the wrong kind is, such as {@code items[3].publishedAt} (counting from 1). */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, site.locale());
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
}
