package org.newsdesk.media;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.site.RefusedException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pictures of the site: uploading (made safe at once, variants later in the background),
 * describing, replacing and deleting them, and reading them for pages. The one API other modules
 * use.
 */
@Service
public class Pictures {

    private static final String COLUMNS = "id, hash, width, height, alt_text, caption, credit, focal_x, focal_y, variants_ready, crops_focal";

    /**
     * A picture's columns for another module's query that joins {@code pictures} as {@code p}
     * (a listing reads its thumbnails in its own statement); read back with {@link #joined}.
     */
    public static final String JOINED_COLUMNS = "p.id as picture_id, p.hash as picture_hash, p.width as picture_width, "
            + "p.height as picture_height, p.alt_text as picture_alt_text, p.caption as picture_caption, p.credit as picture_credit, "
            + "p.focal_x as picture_focal_x, p.focal_y as picture_focal_y, p.variants_ready as picture_variants_ready, "
            + "p.crops_focal as picture_crops_focal";

    private final JdbcClient jdbc;
    private final MediaStore store;
    private final PictureProcessor processor;
    private final PictureVariants variants;
    private final ServedFiles served;
    /** Looked up when needed: the modules that use pictures depend on this one. */
    private final ObjectProvider<PictureUses> uses;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Pictures(JdbcClient jdbc, MediaStore store, PictureProcessor processor, PictureVariants variants,
             ServedFiles served, ObjectProvider<PictureUses> uses, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.processor = processor;
        this.variants = variants;
        this.served = served;
        this.uses = uses;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An uploaded file: its size and its bytes (a multipart file is one). */
    public record Upload(long size, InputStreamSource content) {
    }

    /** What an editor may say about a picture. */
    public record Details(String altText, String caption, String credit, int focalX, int focalY) {
    }

    /**
     * Makes an upload safe and keeps it; its variants follow in the background. The same picture
     * uploaded twice is kept once (same pixels, same hash): the one already there is returned.
     */
    public PictureView upload(Upload upload, String editor) {
        return keep(master(upload), editor).picture();
    }

    /** A picture kept: the new one, or the one the library already held with the same pixels ({@code created} false). */
    private Kept keep(PictureProcessor.Master master, String editor) {
        return transactions.execute(status -> {
            Optional<PictureView> existing = byHash(master.hash());
            if (existing.isPresent()) {
                return new Kept(existing.get(), false);
            }
            storeMaster(master);
            long id = jdbc.sql("""
                    insert into pictures (hash, width, height, source_type, source_width, source_height,
                                          created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """)
                    .params(master.hash(), master.image().getWidth(), master.image().getHeight(), master.sourceType().name(),
                            master.sourceWidth(), master.sourceHeight(), now(), editor, now(), editor)
                    .query(Long.class).single();
            queueVariants(id);
            return new Kept(find(id).orElseThrow(), true);
        });
    }

    private record Kept(PictureView picture, boolean created) {
    }

    /**
     * A picture as an export carries it (issue 13): its number in the export (its id here), its
     * master's content hash (the file {@code {hash}.jpg}), the master's size, what was uploaded
     * (type and size) and what editors said about it.
     */
    public record Exported(long id, String hash, int width, int height, String sourceType, int sourceWidth, int sourceHeight,
                           String altText, String caption, String credit, int focalX, int focalY) {
    }

    /** The largest picture file taken, from an editor or from an export ({@code newsdesk.media.max-file-size}). */
    public long maxFileBytes() {
        return processor.maxFileBytes();
    }

    /** Every picture of the library, oldest first, for an export. */
    public List<Exported> exported() {
        return jdbc.sql("""
                select id, hash, width, height, source_type, source_width, source_height, alt_text, caption, credit, focal_x, focal_y
                from pictures order by id
                """)
                .query((rs, row) -> new Exported(rs.getLong("id"), rs.getString("hash"), rs.getInt("width"), rs.getInt("height"),
                        rs.getString("source_type"), rs.getInt("source_width"), rs.getInt("source_height"), rs.getString("alt_text"),
                        rs.getString("caption"), rs.getString("credit"), rs.getInt("focal_x"), rs.getInt("focal_y")))
                .list();
    }

    /** The master file of a picture ({@code {hash}.jpg}), read from the store, for an export. */
    public Optional<byte[]> master(String hash) {
        return store.get(hash + ".jpg").map(MediaFile::bytes);
    }

    /** What an imported picture became: a picture of this library, new or already there. */
    public record Imported(PictureView picture, boolean created) {
    }

    /**
     * A picture's file from an export, kept in the library (in the caller's transaction): the
     * picture already here is reused when the file is one this library holds or was made from
     * (the same bytes, {@code picture_sources}) or has the same pixels once made safe; otherwise
     * it goes through everything an upload does (sniffed, limits, decoded, metadata dropped,
     * encoded again) and gets the export's details. Its variants follow in the background.
     *
     * @throws RefusedException ({@link PictureRefusal}) as for an upload
     */
    public Imported importFile(byte[] file, Details details, String editor) {
        String fileHash = PictureProcessor.hash(file);
        return transactions.execute(status -> {
            Optional<PictureView> known = byHash(fileHash).or(() -> jdbc.sql("""
                            select p.id from picture_sources s join pictures p on p.id = s.picture_id where s.hash = ?
                            """).param(fileHash).query(Long.class).optional().flatMap(this::find));
            if (known.isPresent()) {
                return new Imported(known.get(), false);
            }
            Kept kept = keep(master(new Upload(file.length, new ByteArrayResource(file))), editor);
            if (kept.created()) {
                describe(kept.picture().id(), details, editor);
            }
            jdbc.sql("insert into picture_sources (hash, picture_id) values (?, ?) on conflict (hash) do nothing")
                    .params(fileHash, kept.picture().id()).update();
            return new Imported(find(kept.picture().id()).orElseThrow(), kept.created());
        });
    }

    /** Replaces a picture's file, keeping its text and everything that uses it; the old files go. */
    public PictureView replace(long id, Upload upload, String editor) {
        PictureView old = find(id).orElseThrow(PictureNotFoundException::new);
        PictureProcessor.Master master = master(upload);
        return transactions.execute(status -> {
            if (master.hash().equals(old.hash())) {
                return old;
            }
            if (byHash(master.hash()).isPresent()) {
                throw new RefusedException(PictureRefusal.ALREADY_IN_LIBRARY, "files");
            }
            storeMaster(master);
            jdbc.sql("""
                    update pictures set hash = ?, width = ?, height = ?, source_type = ?, source_width = ?, source_height = ?,
                                        variants_ready = false, crops_focal = null, updated_at = ?, updated_by = ?
                    where id = ?
                    """)
                    .params(master.hash(), master.image().getWidth(), master.image().getHeight(), master.sourceType().name(),
                            master.sourceWidth(), master.sourceHeight(), now(), editor, id)
                    .update();
            forget(old.hash());
            // The files it was imported from are not this picture any more.
            jdbc.sql("delete from picture_sources where picture_id = ?").param(id).update();
            queueVariants(id);
            return find(id).orElseThrow();
        });
    }

    /** Saves a picture's alt text, caption, credit and focal point; a new focal point means new crops. */
    public void describe(long id, Details details, String editor) {
        transactions.executeWithoutResult(status -> {
            PictureView old = find(id).orElseThrow(PictureNotFoundException::new);
            jdbc.sql("""
                    update pictures set alt_text = ?, caption = ?, credit = ?, focal_x = ?, focal_y = ?, updated_at = ?, updated_by = ?
                    where id = ?
                    """)
                    .params(clean(details.altText()), clean(details.caption()), clean(details.credit()),
                            details.focalX(), details.focalY(), now(), editor, id)
                    .update();
            if (old.focalX() != details.focalX() || old.focalY() != details.focalY()) {
                queueVariants(id);
            }
        });
    }

    /** Deletes a picture nothing uses, with its files; one in use is refused, naming its uses. */
    public void delete(long id) {
        transactions.executeWithoutResult(status -> {
            PictureView picture = find(id).orElseThrow(PictureNotFoundException::new);
            if (!usesOf(id).isEmpty()) {
                throw new RefusedException(PictureRefusal.IN_USE, null);
            }
            jdbc.sql("delete from pictures where id = ?").param(id).update();
            forget(picture.hash());
        });
    }

    public Optional<PictureView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from pictures where id = ?").param(id).query(Pictures::view).optional();
    }

    /** Many pictures in one statement, for a listing. */
    public Map<Long, PictureView> find(Collection<Long> ids) {
        Map<Long, PictureView> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from pictures where id = any(?)")
                    .param(ids.stream().distinct().toArray(Long[]::new))
                    .query(Pictures::view).list()
                    .forEach(picture -> found.put(picture.id(), picture));
        }
        return found;
    }

    /** The sizes in bytes of files named by their paths ({@code /media/…}), for feed enclosures. */
    public Map<String, Long> fileSizes(Collection<String> paths) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        if (!paths.isEmpty()) {
            store.sizes(paths.stream().map(path -> path.substring(PictureView.PATH.length())).toList())
                    .forEach((key, size) -> sizes.put(PictureView.PATH + key, size));
        }
        return sizes;
    }

    public Optional<PictureView> byHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from pictures where hash = ?").param(hash).query(Pictures::view).optional();
    }

    /** The media library: newest first, searched in alt text and caption, optionally only pictures nothing uses. */
    public List<PictureView> library(String words, boolean unusedOnly, int limit) {
        String pattern = words == null || words.isBlank() ? null
                : "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Long[] used = unusedOnly ? usedPictures().toArray(Long[]::new) : new Long[0];
        return jdbc.sql("select " + COLUMNS + " from pictures "
                        + "where (cast(? as text) is null or alt_text ilike ? or caption ilike ?) and not (id = any(?)) "
                        + "order by created_at desc, id desc limit ?")
                .params(pattern, pattern, pattern, used, limit)
                .query(Pictures::view).list();
    }

    /** Where a picture is used, by every module that uses pictures. */
    public List<PictureUses.Use> usesOf(long id) {
        List<PictureUses.Use> all = new ArrayList<>();
        uses.orderedStream().forEach(user -> all.addAll(user.of(id)));
        return all;
    }

    private Set<Long> usedPictures() {
        Set<Long> all = new HashSet<>();
        uses.orderedStream().forEach(user -> all.addAll(user.pictures()));
        return all;
    }

    private void forget(String hash) {
        Set<String> keys = store.keys(hash);
        store.delete(keys);
        served.forget(keys);
    }

    private PictureProcessor.Master master(Upload upload) {
        try (InputStream in = upload.content().getInputStream()) {
            return processor.master(in, upload.size());
        }
        catch (IOException e) {
            throw new RefusedException(PictureRefusal.CORRUPT, "files");
        }
    }

    /** The master (kept to make variants from) and the fallback JPEG that pages use until variants exist. */
    private void storeMaster(PictureProcessor.Master master) {
        store.put(master.hash() + ".jpg", PictureProcessor.JPEG_TYPE, master.jpeg());
        int fallback = PictureProcessor.fallbackWidth(master.image().getWidth());
        byte[] jpeg = processor.locked(() -> processor.jpeg(processor.width(master.image(), fallback)));
        store.put(master.hash() + "-" + fallback + ".jpg", PictureProcessor.JPEG_TYPE, jpeg);
    }

    private void queueVariants(long id) {
        jdbc.sql("""
                insert into picture_jobs (picture_id, created_at) values (?, ?)
                on conflict (picture_id) do update set claimed_until = null, attempts = 0, last_error = null
                """)
                .params(id, now()).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    variants.wake();
                }
            });
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** The picture of a row read with {@link #JOINED_COLUMNS}, or null when the row has none. */
    public static PictureView joined(ResultSet rs) throws SQLException {
        long id = rs.getLong("picture_id");
        if (rs.wasNull()) {
            return null;
        }
        return new PictureView(id, rs.getString("picture_hash"), rs.getInt("picture_width"), rs.getInt("picture_height"),
                rs.getString("picture_alt_text"), rs.getString("picture_caption"), rs.getString("picture_credit"),
                rs.getInt("picture_focal_x"), rs.getInt("picture_focal_y"), rs.getBoolean("picture_variants_ready"),
                rs.getString("picture_crops_focal"));
    }

    private static PictureView view(ResultSet rs, int row) throws SQLException {
        return new PictureView(rs.getLong("id"), rs.getString("hash"), rs.getInt("width"), rs.getInt("height"),
                rs.getString("alt_text"), rs.getString("caption"), rs.getString("credit"),
                rs.getInt("focal_x"), rs.getInt("focal_y"), rs.getBoolean("variants_ready"), rs.getString("crops_focal"));
    }
}
