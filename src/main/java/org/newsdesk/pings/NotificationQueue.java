package org.newsdesk.pings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code crawler_notifications} table: what is to be sent, claimed by one instance at a time.
 * Instants come from the application's clock, like every publishing rule.
 */
@Repository
class NotificationQueue {

    private final JdbcClient jdbc;

    NotificationQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a notification, to be sent from {@code due} on; joins the caller's transaction. */
    void add(Channel channel, Long itemId, List<String> urls, Instant now, Instant due) {
        jdbc.sql("""
                        insert into crawler_notifications (channel, news_item_id, urls, created_at, next_attempt_at)
                        values (:channel, :item, :urls, :now, :due)
                        """)
                .param("channel", channel.name()).param("item", itemId).param("urls", String.join("\n", urls))
                .param("now", utc(now)).param("due", utc(due)).update();
    }

    /** Drops the item's notifications still waiting for a publication instant: a newer save decides now. */
    void dropScheduled(long itemId, Instant now) {
        jdbc.sql("""
                        delete from crawler_notifications
                        where news_item_id = :item and status = 'PENDING' and attempts = 0 and next_attempt_at > :now
                        """)
                .param("item", itemId).param("now", utc(now)).update();
    }

    /**
     * Takes up to {@code limit} due notifications of a channel for this instance until {@code until}:
     * rows another instance is claiming at this moment are skipped, not waited for, and a claimed
     * row is left alone by everyone else until its lease ends.
     */
    List<Claimed> claim(Channel channel, Instant now, Instant until, int limit) {
        return jdbc.sql("""
                        update crawler_notifications n
                        set claimed_until = :until, attempts = n.attempts + 1, last_attempt_at = :now
                        from (select id from crawler_notifications
                              where channel = :channel and status = 'PENDING' and next_attempt_at <= :now
                                and (claimed_until is null or claimed_until < :now)
                              order by id
                              limit :limit
                              for update skip locked) due
                        where n.id = due.id
                        returning n.id, n.urls, n.attempts
                        """)
                .param("channel", channel.name()).param("now", utc(now)).param("until", utc(until))
                .param("limit", limit)
                .query((rs, row) -> new Claimed(rs.getLong("id"), Arrays.asList(rs.getString("urls").split("\n")),
                        rs.getInt("attempts")))
                .list();
    }

    void delivered(List<Long> ids, String result) {
        jdbc.sql("""
                        update crawler_notifications set status = 'DELIVERED', claimed_until = null, last_result = :result
                        where id in (:ids)
                        """)
                .param("ids", ids).param("result", result).update();
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up when null. */
    void failed(long id, String result, Instant retryAt) {
        jdbc.sql("""
                        update crawler_notifications
                        set status = case when cast(:retry as timestamptz) is null then 'FAILED' else 'PENDING' end,
                            next_attempt_at = coalesce(cast(:retry as timestamptz), next_attempt_at),
                            claimed_until = null, last_result = :result
                        where id = :id
                        """)
                .param("id", id).param("result", result).param("retry", retryAt == null ? null : utc(retryAt)).update();
    }

    /** When the next pending notification is due (perhaps already), or null when none is pending. */
    Instant nextDue() {
        return jdbc.sql("select min(greatest(next_attempt_at, claimed_until)) from crawler_notifications where status = 'PENDING'")
                .query((rs, row) -> instant(rs, 1)).single();
    }

    /** The latest attempt of each channel, with its outcome. */
    List<LastDelivery> lastDeliveries(ZoneId zone) {
        return jdbc.sql("""
                        select distinct on (channel) channel, status, last_attempt_at, last_result, attempts, urls
                        from crawler_notifications
                        where last_attempt_at is not null
                        order by channel, last_attempt_at desc, id desc
                        """)
                .query((rs, row) -> new LastDelivery(Channel.valueOf(rs.getString("channel")), rs.getString("status"),
                        instant(rs, 3).atZone(zone).toOffsetDateTime(), rs.getString("last_result"), rs.getInt("attempts"),
                        rs.getString("urls").split("\n").length))
                .list();
    }

    /** Forgets what was sent or given up long ago. */
    void forgetBefore(Instant before) {
        jdbc.sql("delete from crawler_notifications where status <> 'PENDING' and last_attempt_at < :before")
                .param("before", utc(before)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A notification this instance claimed: its URLs and how many attempts it has had, this one included. */
    record Claimed(long id, List<String> urls, int attempts) {
    }
}
