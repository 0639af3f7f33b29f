package org.newsdesk.freshness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers, in one cheap SQL statement, which state the public site is in now: its content
 * version, when it last changed, and when it will change by itself next (a scheduled item
 * becoming visible). HTTP validators use it; so do listing counts and the page cache.
 *
 * <p>The visibility rule is the one every public query applies ({@code NewsItemRepository.VISIBLE}):
 * published, and published at or before now by the injected clock.
 *
 * <p>While something {@linkplain #watch() watches} the database for changes ({@link ContentChangeListener}
 * with {@link LocalWrites}), the answer is remembered and given again without any SQL, until the watcher says
 * something changed ({@link #forget()}, {@link #changed(long)}), the next scheduled publication
 * arrives, or the clock goes back. Unwatched, every call asks the database, as it always did.
 */
@Component
public class ContentVersions {

    private static final String CURRENT = """
            select v.version,
                   (select max(published_at) from news_items
                    where news_item_is_visible(status, published_at, :now)) as latest_publication,
                   (select min(published_at) from news_items
                    where news_item_is_scheduled(status, published_at, :now)) as next_publication
            from content_version v
            where v.id = 1
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String deployment;
    private final AtomicReference<Seen> seen = new AtomicReference<>();
    /** Counts {@link #forget()} calls: a remembered answer read before the latest one is no longer trusted. */
    private final AtomicLong forgotten = new AtomicLong();
    private volatile boolean watched;
    private volatile Remembered remembered;

    ContentVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // A restart may bring new templates or code: validators from before it must not match.
        this.deployment = UUID.randomUUID().toString();
    }

    public ContentVersion current() {
        Instant now = clock.instant();
        ContentVersion known = remembered(now);
        if (known != null) {
            return known;
        }
        long forgottenBefore = forgotten.get();
        ContentVersion version = read(now);
        if (watched) {
            // A forget() during the read leaves this answer untrusted: it may predate the change.
            remembered = new Remembered(version, now, forgottenBefore);
        }
        return version;
    }

    /**
     * The current version if it is known without asking the database (remembered while
     * {@linkplain #watch() watched}, and still valid), or null: then only {@link #current()} knows.
     */
    public ContentVersion remembered() {
        return remembered(clock.instant());
    }

    private ContentVersion remembered(Instant now) {
        Remembered last = remembered;
        return last != null && watched && last.forgotten() == forgotten.get() && last.validAt(now) ? last.version() : null;
    }

    /**
     * From now on, until {@link #unwatch()}, the caller guarantees to call {@link #forget()} or
     * {@link #changed(long)} for every committed change to content, so answers may be remembered.
     * Anything read before this call is forgotten: changes may have been missed before it.
     */
    public void watch() {
        forget();
        watched = true;
    }

    /** Nobody hears of changes any more: every call asks the database again. */
    public void unwatch() {
        watched = false;
        forget();
    }

    /** Content may have changed: the next call asks the database. */
    public void forget() {
        forgotten.incrementAndGet();
    }

    /**
     * This instance committed a write: asks the database for its content version now, so that a
     * transaction that did not touch content (a session's cleanup, a sign-in attempt) keeps the
     * remembered answer, and one that did makes it forgotten before the writer goes on.
     */
    public void committed() {
        try {
            changed(jdbc.sql("select version from content_version where id = 1").query(Long.class).single());
        }
        catch (RuntimeException e) {
            forget();
        }
    }

    /**
     * The database reached content version {@code number}. An answer that already saw that
     * version (this instance's own write, read again since) stays; an older one is forgotten.
     */
    public void changed(long number) {
        Remembered last = remembered;
        if (last == null || last.version().number() < number) {
            forget();
        }
    }

    private ContentVersion read(Instant now) {
        Row row = jdbc.sql(CURRENT)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, rowNum) -> new Row(rs.getLong(1), instant(rs, 2), instant(rs, 3)))
                .single();
        Seen state = seen.updateAndGet(previous -> previous != null && previous.sameAs(row) ? previous
                : new Seen(row.version(), row.latestPublication(), lastModified(previous, row, now)));
        return new ContentVersion(row.version(), row.latestPublication(), state.lastModified(), row.nextPublication(),
                deployment);
    }

    /**
     * When content changed: now, the first time this process sees the new version (the change
     * happened at or before it). When only time passed and a scheduled item became visible: the
     * instant it did.
     */
    private static Instant lastModified(Seen previous, Row row, Instant now) {
        if (previous != null && previous.version() == row.version() && row.latestPublication() != null) {
            return row.latestPublication();
        }
        return now;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record Row(long version, Instant latestPublication, Instant nextPublication) {
    }

    /**
     * An answer read at {@code readAt}: it holds from then until the next scheduled publication,
     * as long as nothing was forgotten since. A clock that went back (tests, or a corrected
     * system clock) makes it unsure, since items visible then may not be now.
     */
    private record Remembered(ContentVersion version, Instant readAt, long forgotten) {

        boolean validAt(Instant now) {
            return !now.isBefore(readAt) && (version.nextPublication() == null || now.isBefore(version.nextPublication()));
        }
    }

    private record Seen(long version, Instant latestPublication, Instant lastModified) {

        boolean sameAs(Row row) {
            return version == row.version() && Objects.equals(latestPublication, row.latestPublication());
        }
    }
}
