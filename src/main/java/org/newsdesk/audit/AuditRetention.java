package org.newsdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes audit entries older than {@code newsdesk.audit.retention}, every
 * {@code newsdesk.audit.clean-up-every}. With several instances on one database, one runs it at a
 * time: the job takes a transaction-scoped PostgreSQL advisory lock and an instance that does not
 * get it skips the turn (whoever holds it is doing the same work). The transaction tells the
 * database's guard trigger (V70) the instant before which entries may go; nothing newer can be
 * deleted, by this job or by anyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditRetention implements SchedulingConfigurer {

    /** Any constant, the same on every instance: "Audit" in ASCII. */
    static final long RETENTION_LOCK = 0x4e657773_41756474L;
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, TransactionTemplate transactions, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        // The first turn one period after the start: instances restarted together do not all clean up at once.
        tasks.addFixedDelayTask(new FixedDelayTask(this::removeExpired, properties.cleanUpEvery(), properties.cleanUpEvery()));
    }

    /**
     * Removes what is past its time.
     *
     * @return how many entries were removed, or -1 when another instance was doing it
     */
    int removeExpired() {
        Instant before = clock.instant().minus(properties.retention());
        Integer removed = transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RETENTION_LOCK)
                    .query(Boolean.class).single();
            if (!mine) {
                return -1;
            }
            jdbc.sql("select set_config('newsdesk.audit_purge_before', :before, true)")
                    .param("before", before.atOffset(ZoneOffset.UTC).toString()).query().listOfRows();
            return jdbc.sql("delete from audit_entries where at < :before")
                    .param("before", before.atOffset(ZoneOffset.UTC)).update();
        });
        if (removed != null && removed > 0) {
            log.info("Removed {} audit entries older than {} (newsdesk.audit.retention={})", removed, before,
                    properties.retention());
        }
        return removed == null ? 0 : removed;
    }
}
