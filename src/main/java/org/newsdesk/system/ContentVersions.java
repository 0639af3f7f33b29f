package org.newsdesk.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers, in one cheap SQL statement, which state the public site is in now: its content
 * version, when it last changed, and when it will change by itself next (a scheduled item
 * becoming visible). HTTP validators use it; so can any cache of rendered pages.
 *
 * <p>The visibility rule is the one every public query applies ({@code NewsItemRepository.VISIBLE}):
 * published, and published at or before now by the injected clock.
 */
@Component
public class ContentVersions {

    private static final String CURRENT = """
            select v.version,
                   (select max(published_at) from news_items
                    where status = 'PUBLISHED' and published_at <= :now) as latest_publication,
                   (select min(published_at) from news_items
                    where status = 'PUBLISHED' and published_at > :now) as next_publication
            from content_version v
            where v.id = 1
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String deployment;
    private final AtomicReference<Seen> seen = new AtomicReference<>();

    ContentVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // A restart may bring new templates or code: validators from before it must not match.
        this.deployment = UUID.randomUUID().toString();
    }

    public ContentVersion current() {
        Instant now = clock.instant();
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

    private record Seen(long version, Instant latestPublication, Instant lastModified) {

        boolean sameAs(Row row) {
            return version == row.version() && Objects.equals(latestPublication, row.latestPublication());
        }
    }
}
