package org.newsdesk.media;

import java.awt.image.BufferedImage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each picture's variants once, in the background, whichever instance gets there first:
 * the widths in WebP and JPEG, and the crops for the current focal point. A waiting picture is a
 * row of {@code picture_jobs}, claimed with {@code FOR UPDATE SKIP LOCKED} and held by a lease
 * ({@link #LEASE}): another instance skips it meanwhile, and takes it over if this one dies before
 * finishing (the lease runs out). Writing a variant twice is harmless (same name, same bytes), so
 * a job taken over half-way simply starts again.
 *
 * <p>Runs when an upload commits, at start and every {@link MediaProperties#sweep()}.
 */
@Component
class PictureVariants implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PictureVariants.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final MediaStore store;
    private final PictureProcessor processor;
    private final TransactionTemplate transactions;
    private final MediaProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    PictureVariants(JdbcClient jdbc, MediaStore store, PictureProcessor processor, TransactionTemplate transactions,
                    MediaProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.processor = processor;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "picture-variants");
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        long sweep = properties.sweep().toMillis();
        executor.scheduleWithFixedDelay(this::runSafely, sweep, sweep, TimeUnit.MILLISECONDS);
        wake();
    }

    /** Makes what is waiting soon, on the background thread. */
    void wake() {
        if (!executor.isShutdown()) {
            executor.execute(this::runSafely);
        }
    }

    private void runSafely() {
        try {
            makeWaiting();
        }
        catch (RuntimeException e) {
            log.warn("Could not make picture variants now; trying again later: {}", e.toString());
        }
    }

    /** Makes the variants of every picture waiting that no other instance is making; returns how many pictures. */
    int makeWaiting() {
        int made = 0;
        for (Optional<Claim> claim = claim(); claim.isPresent(); claim = claim()) {
            if (make(claim.get())) {
                made++;
            }
        }
        return made;
    }

    record Claim(long pictureId, String hash, int focalX, int focalY, Instant until) {
    }

    private Optional<Claim> claim() {
        Instant now = clock.instant();
        Instant until = now.plus(LEASE);
        return transactions.execute(status -> jdbc.sql("""
                update picture_jobs j set claimed_until = ?, attempts = j.attempts + 1
                from pictures p
                where p.id = j.picture_id and j.picture_id = (
                    select picture_id from picture_jobs
                    where (claimed_until is null or claimed_until < ?) and attempts < ?
                    order by created_at, picture_id limit 1
                    for update skip locked)
                returning j.picture_id, p.hash, p.focal_x, p.focal_y
                """)
                .params(Timestamp.from(until), Timestamp.from(now), MAX_ATTEMPTS)
                .query((rs, row) -> new Claim(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), until))
                .optional());
    }

    private boolean make(Claim claim) {
        try {
            processor.locked(() -> {
                writeVariants(claim);
                return null;
            });
            return Boolean.TRUE.equals(transactions.execute(status -> {
                // Done only if the picture is still the one claimed (not replaced, same focal point) and the claim is still ours.
                int done = jdbc.sql("delete from picture_jobs where picture_id = ? and claimed_until = ?")
                        .params(claim.pictureId(), Timestamp.from(claim.until())).update();
                if (done == 0) {
                    return false;
                }
                int current = jdbc.sql("""
                        update pictures set variants_ready = true, crops_focal = ?
                        where id = ? and hash = ? and focal_x = ? and focal_y = ?
                        """)
                        .params(PictureView.focalCode(claim.focalX(), claim.focalY()), claim.pictureId(), claim.hash(),
                                claim.focalX(), claim.focalY())
                        .update();
                if (current == 0) {
                    // Changed while being made: the change queued it again; nothing here is stale-marked as ready.
                    return false;
                }
                String focal = PictureView.focalCode(claim.focalX(), claim.focalY());
                store.delete(store.keys(claim.hash()).stream()
                        .filter(key -> key.contains("-f") && !key.contains(focal)).toList());
                return true;
            }));
        }
        catch (RuntimeException e) {
            log.warn("Could not make the variants of picture {}: {}", claim.pictureId(), e.toString());
            transactions.executeWithoutResult(status -> jdbc.sql("""
                    update picture_jobs set last_error = ?, claimed_until = ? where picture_id = ? and claimed_until = ?
                    """)
                    .params(abbreviate(e.toString()), Timestamp.from(clock.instant().plus(properties.sweep())),
                            claim.pictureId(), Timestamp.from(claim.until()))
                    .update());
            return false;
        }
    }

    private void writeVariants(Claim claim) {
        MediaFile masterFile = store.get(claim.hash() + ".jpg").orElse(null);
        if (masterFile == null) {
            return; // replaced or deleted meanwhile
        }
        BufferedImage master = processor.read(masterFile.bytes());
        Set<String> stored = store.keys(claim.hash());
        for (int width : PictureProcessor.widths(master.getWidth())) {
            String jpeg = claim.hash() + "-" + width + ".jpg";
            String webp = claim.hash() + "-" + width + ".webp";
            if (stored.contains(jpeg) && stored.contains(webp)) {
                continue;
            }
            BufferedImage scaled = width == master.getWidth() ? master : processor.width(master, width);
            if (!stored.contains(jpeg)) {
                store.put(jpeg, PictureProcessor.JPEG_TYPE, processor.jpeg(scaled));
            }
            if (!stored.contains(webp)) {
                store.put(webp, PictureProcessor.WEBP_TYPE, processor.webp(scaled));
            }
        }
        String focal = PictureView.focalCode(claim.focalX(), claim.focalY());
        for (Crop crop : Crop.values()) {
            String key = PictureView.cropKey(claim.hash(), crop, focal);
            if (!stored.contains(key)) {
                store.put(key, PictureProcessor.JPEG_TYPE, processor.jpeg(processor.crop(master, crop, claim.focalX(), claim.focalY())));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
