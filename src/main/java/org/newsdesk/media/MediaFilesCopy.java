package org.newsdesk.media;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsdesk.cluster.StartupLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moving pictures from PostgreSQL to an S3-compatible store: with {@code newsdesk.media.store=s3}
 * and {@code newsdesk.media.s3.copy-from-postgresql=true}, an instance copies at start every file
 * of {@code media_files} that the bucket lacks, before it takes traffic (readiness comes after
 * it), and logs what it did. One file in memory at a time; a copy cut short goes on where it
 * stopped at the next start; several instances starting together copy once ({@link StartupLock}:
 * the next finds everything there). {@code media_files} is left as it was, for the operator to
 * empty once the pictures show.
 */
@Component
record MediaFilesCopy(MediaStore store, JdbcClient jdbc, StartupLock startupLock, MediaStoreProperties properties)
        implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MediaFilesCopy.class);

    /** What a copy did: files written to the store, and files it had already. */
    record Copied(int copied, int alreadyThere) {
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (properties.store() == MediaStoreProperties.Store.S3 && properties.s3().copyFromPostgresql()) {
            log.info("Copying pictures' files from PostgreSQL (media_files) to bucket {}", properties.s3().bucket());
            Copied done = copyFromPostgresql();
            log.info("Copied {} pictures' files from PostgreSQL to bucket {} ({} were there already); media_files is "
                    + "left as it was: empty it once the pictures show, and remove copy-from-postgresql",
                    done.copied(), properties.s3().bucket(), done.alreadyThere());
        }
    }

    Copied copyFromPostgresql() {
        return startupLock.runAlone(() -> {
            DatabaseMediaStore rows = new DatabaseMediaStore(jdbc);
            Set<String> there = store.keys("");
            List<String> keys = jdbc.sql("select key from media_files order by key").query(String.class).list();
            int copied = 0;
            for (String key : keys) {
                if (!there.contains(key)) {
                    MediaFile file = rows.get(key).orElseThrow();
                    store.put(key, file.contentType(), file.bytes());
                    copied++;
                }
            }
            return new Copied(copied, keys.size() - copied);
        });
    }
}
