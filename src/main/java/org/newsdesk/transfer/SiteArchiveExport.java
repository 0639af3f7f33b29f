package org.newsdesk.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.media.Pictures;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole site as one zip ({@link SiteArchive}): every item and every picture of the library
 * with its master file, so that a site moves between servers whole. Written straight to the
 * response, one picture at a time from the store: hundreds of pictures of several megabytes pass
 * through a small heap. Read in one read-only transaction, so that the items and the pictures are
 * of the same moment. Variants are not in it: an import makes them again.
 */
@Component
record SiteArchiveExport(ItemArchives items, Pictures pictures, JsonMapper json, SiteProperties site, Clock clock,
                         AuditLog audit, PlatformTransactionManager transactions) {

    String fileName() {
        return "newsdesk-export-" + LocalDate.ofInstant(clock.instant(), site.timeZone()) + ".zip";
    }

    void write(OutputStream out) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        Instant now = clock.instant();
        String written = snapshot.execute(status -> {
            try {
                ZipOutputStream zip = new ZipOutputStream(out);
                ItemArchive archive = items.archive(now);
                compressed(zip, SiteArchive.ITEMS, items.bytes(archive));
                List<PictureArchive.Entry> entries = new ArrayList<>();
                for (Pictures.Exported picture : pictures.exported()) {
                    Optional<byte[]> master = pictures.master(picture.hash());
                    if (master.isPresent()) {
                        stored(zip, SiteArchive.pictureFile(picture.hash()), master.get());
                        entries.add(PictureArchive.Entry.of(picture));
                    }
                }
                compressed(zip, SiteArchive.PICTURES, json.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(new PictureArchive(PictureArchive.FORMAT, PictureArchive.VERSION, entries)));
                zip.finish();
                return archive.items().size() + " items, " + entries.size() + " pictures";
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        audit.record(AuditAction.EXPORT, "zip", written);
    }

    private static void compressed(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A JPEG is stored as it is: compressing it again would gain nothing and cost time. */
    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
