package org.newsdesk.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.media.PictureForm;
import org.newsdesk.media.PictureRefusalMessages;
import org.newsdesk.media.Pictures;
import org.newsdesk.news.ItemSnapshot;
import org.newsdesk.site.Messages;
import org.newsdesk.site.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a zip export ({@link SiteArchive}): its pictures into the library, then its items with
 * their pictures renumbered to the ids they have here, all in one transaction, or nothing.
 *
 * <p>The zip is never trusted. Before anything is read: at most {@link #MAX_ENTRIES} entries,
 * names only as an export writes them (no path going up, from the root, with a backslash or a
 * control character; nothing but {@code items.json}, {@code pictures.json} and
 * {@code pictures/{hash}.jpg}), each no larger than its kind may be and none expanding more than
 * {@link #MAX_RATIO} times (a zip bomb); while reading, no entry gives more bytes than allowed,
 * whatever it declared. A picture goes through everything an upload goes through; one already in
 * the library (same file or same pixels) is reused, not copied. Every problem is said on the
 * import page; nothing is written then.
 */
@Service
class SiteArchiveImport {

    /** Two JSON files and at most this many pictures, less one. */
    static final int MAX_ENTRIES = 10_000;
    /** How many times its stored size an entry may expand: JSON rarely passes 20, a JPEG stays near 1. */
    static final long MAX_RATIO = 100;
    /** Below this, an entry's ratio is not looked at (a small file of repeated text compresses well). */
    private static final long RATIO_FROM_BYTES = 1024 * 1024;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final ItemArchives items;
    private final Pictures pictures;
    private final JsonMapper json;
    private final Validator validator;
    private final Messages messages;
    private final TransactionOperations transaction;

    SiteArchiveImport(ItemArchives items, Pictures pictures, JsonMapper json, Validator validator, Messages messages,
                      TransactionOperations transaction) {
        this.items = items;
        this.pictures = pictures;
        this.json = ItemArchives.strict(json);
        this.validator = validator;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** What an import did: to each item, and how many pictures were added or found in the library. */
    record Result(List<ItemArchives.Outcome> outcomes, int picturesAdded, int picturesFound) {
    }

    /** Whether an uploaded file is a zip (by its first bytes, never its name). */
    static boolean isZip(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return false;
        }
        try (InputStream in = file.getInputStream()) {
            return SiteArchive.isZip(in.readNBytes(4));
        }
        catch (IOException e) {
            return false;
        }
    }

    /** @throws ItemArchives.Refused with the problems found; nothing was imported then */
    Result importFrom(MultipartFile file, boolean updateExisting, String editor) {
        Path copy = null;
        try {
            copy = Files.createTempFile("newsdesk-import-", ".zip");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                return importFrom(zip, updateExisting, editor);
            }
        }
        catch (ZipException | UnreadableEntry damaged) {
            throw refused("admin.transfer.zip.damaged");
        }
        catch (IOException unreadable) {
            throw refused("admin.transfer.text.error.unreadable");
        }
        finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    private Result importFrom(ZipFile zip, boolean updateExisting, String editor) {
        Map<String, ZipEntry> entries = entries(zip);
        ZipEntry itemsEntry = Optional.ofNullable(entries.get(SiteArchive.ITEMS)).orElseThrow(() -> refused("admin.transfer.zip.noItems"));
        ZipEntry picturesEntry = Optional.ofNullable(entries.get(SiteArchive.PICTURES))
                .orElseThrow(() -> refused("admin.transfer.zip.noPictures"));
        ItemArchive archive = items.checked(new ByteArrayInputStream(read(zip, itemsEntry, ItemArchives.FILE_MAX_BYTES)));
        List<PictureArchive.Entry> listed = pictures(read(zip, picturesEntry, ItemArchives.FILE_MAX_BYTES), entries);
        items.requirePictures(archive, new HashSet<>(listed.stream().map(PictureArchive.Entry::id).toList()),
                "admin.transfer.zip.unknownPicture");
        return transaction.execute(status -> {
            Map<Long, Long> ids = new HashMap<>();
            int added = 0;
            for (PictureArchive.Entry picture : listed) {
                byte[] file = read(zip, entries.get(picture.file()), pictures.maxFileBytes());
                if (SiteArchive.isZip(file)) {
                    throw refused("admin.transfer.zip.nested", picture.file());
                }
                Pictures.Imported imported;
                try {
                    imported = pictures.importFile(file, new Pictures.Details(picture.altText(), picture.caption(), picture.credit(),
                            picture.focalX(), picture.focalY()), editor);
                }
                catch (RefusedException refusal) {
                    throw refused("admin.transfer.zip.pictureProblem", picture.id(), picture.file(),
                            messages.get(PictureRefusalMessages.PICTURES.message(refusal)));
                }
                ids.put(picture.id(), imported.picture().id());
                added += imported.created() ? 1 : 0;
            }
            List<ItemSnapshot> renumbered = new ArrayList<>();
            for (int index = 0; index < archive.items().size(); index++) {
                ItemSnapshot item = archive.items().get(index);
                int number = index + 1;
                renumbered.add(item.withPictures(ids).orElseThrow(() -> refused("admin.transfer.zip.renumber", number, item.slug())));
            }
            List<ItemArchives.Outcome> outcomes = items.put(renumbered, updateExisting, editor, "zip");
            return new Result(outcomes, added, listed.size() - added);
        });
    }

    /** The archive's entries by name, each checked before anything is read. */
    private Map<String, ZipEntry> entries(ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            throw refused("admin.transfer.zip.tooMany", zip.size(), MAX_ENTRIES);
        }
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (!safe(name)) {
                throw refused("admin.transfer.zip.badName", shown(name));
            }
            if (entry.isDirectory() && name.equals(SiteArchive.FOLDER)) {
                continue;
            }
            if (entry.isDirectory() || !name.equals(SiteArchive.ITEMS) && !name.equals(SiteArchive.PICTURES)
                    && !SiteArchive.isPictureFile(name)) {
                throw refused("admin.transfer.zip.unexpected", name);
            }
            if (entries.put(name, entry) != null) {
                throw refused("admin.transfer.zip.duplicate", name);
            }
            long limit = SiteArchive.isPictureFile(name) ? pictures.maxFileBytes() : ItemArchives.FILE_MAX_BYTES;
            if (entry.getSize() > limit) {
                throw refused("admin.transfer.zip.tooLarge", name, limit / 1024 / 1024);
            }
            if (entry.getSize() > RATIO_FROM_BYTES && entry.getCompressedSize() > 0
                    && entry.getSize() / entry.getCompressedSize() > MAX_RATIO) {
                throw refused("admin.transfer.zip.bomb", name);
            }
        }
        return entries;
    }

    /** A relative path going nowhere up, without a backslash, a drive or a control character. */
    private static boolean safe(String name) {
        if (name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || CONTROL.matcher(name).find()) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** A name as the page may show it: control characters as "?", at most 100 characters. */
    private static String shown(String name) {
        String visible = CONTROL.matcher(name).replaceAll("?");
        return visible.length() > 100 ? visible.substring(0, 100) + "…" : visible;
    }

    /** An entry's bytes; more than {@code limit}, or more than it declared, is a bomb and stops the reading. */
    private byte[] read(ZipFile zip, ZipEntry entry, long limit) {
        long allowed = entry.getSize() >= 0 ? Math.min(limit, entry.getSize()) : limit;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) allowed);
            if (in.read() != -1) {
                throw refused("admin.transfer.zip.bomb", entry.getName());
            }
            return bytes;
        }
        catch (IOException e) {
            throw new UnreadableEntry();
        }
    }

    /** pictures.json, checked: its format, each picture's number, hash, file and details. */
    private List<PictureArchive.Entry> pictures(byte[] file, Map<String, ZipEntry> entries) {
        PictureArchive archive;
        try {
            archive = json.readValue(file, PictureArchive.class);
        }
        catch (JacksonException e) {
            throw refused("admin.transfer.zip.picturesMalformed", e.getOriginalMessage());
        }
        if (archive == null || !PictureArchive.FORMAT.equals(archive.format()) || archive.pictures() == null) {
            throw refused("admin.transfer.zip.picturesMalformed", "\"format\": \"" + PictureArchive.FORMAT + "\"");
        }
        if (archive.version() == null || archive.version() != PictureArchive.VERSION) {
            throw refused("admin.transfer.json.unknownVersion", String.valueOf(archive.version()));
        }
        List<String> problems = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (int index = 0; index < archive.pictures().size(); index++) {
            PictureArchive.Entry picture = archive.pictures().get(index);
            if (picture == null || picture.id() == null || picture.id() <= 0 || picture.hash() == null
                    || !SiteArchive.isPictureFile(picture.file())) {
                problems.add(messages.get("admin.transfer.zip.pictureIncomplete", index + 1));
                continue;
            }
            if (!ids.add(picture.id())) {
                problems.add(pictureProblem(picture, messages.get("admin.transfer.zip.duplicateId")));
            }
            if (!entries.containsKey(picture.file())) {
                problems.add(pictureProblem(picture, messages.get("admin.transfer.zip.fileMissing")));
            }
            files.add(picture.file());
            for (ConstraintViolation<PictureForm> violation : validator.validate(new PictureForm(picture.altText(),
                    picture.caption(), picture.credit(), picture.focalX(), picture.focalY()))) {
                problems.add(pictureProblem(picture, violation.getPropertyPath() + ": " + violation.getMessage()));
            }
        }
        entries.keySet().stream().filter(SiteArchive::isPictureFile).filter(name -> !files.contains(name)).sorted()
                .forEach(name -> problems.add(messages.get("admin.transfer.zip.unlisted", name)));
        if (!problems.isEmpty()) {
            throw new ItemArchives.Refused(problems);
        }
        return archive.pictures().stream()
                .map(picture -> new PictureArchive.Entry(picture.id(), picture.hash(), picture.width(), picture.height(),
                        picture.sourceType(), picture.sourceWidth(), picture.sourceHeight(), clean(picture.altText()),
                        clean(picture.caption()), clean(picture.credit()), picture.focalX(), picture.focalY()))
                .toList();
    }

    private String pictureProblem(PictureArchive.Entry picture, String problem) {
        return messages.get("admin.transfer.zip.pictureProblem", picture.id(), picture.file(), problem);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private ItemArchives.Refused refused(String key, Object... arguments) {
        return new ItemArchives.Refused(List.of(messages.get(key, arguments)));
    }

    /** An entry that could not be read to its end (damaged data, a wrong checksum). */
    private static final class UnreadableEntry extends RuntimeException {
        UnreadableEntry() {
            super("Unreadable entry", null, false, false);
        }
    }
}
