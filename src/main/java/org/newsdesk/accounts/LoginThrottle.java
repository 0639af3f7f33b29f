package org.newsdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one account or
 * from one client address within {@link #WINDOW}, that account or address is refused for
 * {@link #LOCK} — even with the right password. Kept in PostgreSQL, so it holds across app
 * instances and restarts. The account is the email as typed, whether or not such a user exists,
 * so a lock tells nothing about which emails are real.
 */
@Service
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Longer input is cut: it is only a key, and must not fill the table. */
    private static final int MAX_KEY_LENGTH = 320;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the account or the address may try again, if either is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email, String clientAddress) {
        return jdbc.sql("""
                        select locked_until from login_locks
                        where locked_until > :now
                          and ((kind = 'ACCOUNT' and subject = :account) or (kind = 'ADDRESS' and subject = :address))
                        order by locked_until desc
                        limit 1
                        """)
                .param("now", timestamp(clock.instant()))
                .param("account", account(email))
                .param("address", address(clientAddress))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    @Transactional
    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        String account = account(email);
        String address = address(clientAddress);
        jdbc.sql("insert into login_failures (account, client_address, failed_at) values (:account, :address, :now)")
                .param("account", account).param("address", address).param("now", timestamp(now)).update();
        lockIfTooMany("ACCOUNT", "account", account, now);
        lockIfTooMany("ADDRESS", "client_address", address, now);
    }

    /**
     * Housekeeping, every five minutes by one instance: nothing older than the window can count
     * again, and an ended lock refuses nothing.
     */
    @Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    @SchedulerLock(name = "login-throttle-cleanup", lockAtLeastFor = "PT2M")
    @Transactional
    public void forgetOld() {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failures where failed_at <= :since").param("since", timestamp(now.minus(WINDOW))).update();
        jdbc.sql("delete from login_locks where locked_until <= :now").param("now", timestamp(now)).update();
    }

    /** A right password clears the account's failures; its address keeps its count. */
    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("delete from login_failures where account = :account").param("account", account(email)).update();
    }

    private void lockIfTooMany(String kind, String column, String subject, Instant now) {
        long failures = jdbc.sql("select count(*) from login_failures where " + column + " = :subject and failed_at > :since")
                .param("subject", subject).param("since", timestamp(now.minus(WINDOW)))
                .query(Long.class).single();
        if (failures >= MAX_FAILURES) {
            jdbc.sql("""
                            insert into login_locks (kind, subject, locked_until) values (:kind, :subject, :until)
                            on conflict (kind, subject) do update set locked_until = excluded.locked_until
                            """)
                    .param("kind", kind).param("subject", subject).param("until", timestamp(now.plus(LOCK))).update();
        }
    }

    static String account(String email) {
        return cut(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String address(String clientAddress) {
        return cut(clientAddress == null ? "unknown" : clientAddress);
    }

    /** At most {@value #MAX_KEY_LENGTH} characters, and text PostgreSQL can store: a NUL byte typed as an email is not. */
    private static String cut(String key) {
        String storable = key.replace('\0', '\uFFFD');
        return storable.length() > MAX_KEY_LENGTH ? storable.substring(0, MAX_KEY_LENGTH) : storable;
    }

    /** PostgreSQL's driver takes and gives {@code timestamptz} as OffsetDateTime, not Instant. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
