package org.newsdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes audit entries older than {@code newsdesk.audit.retention}, every hour, by one instance
 * (ShedLock, as every scheduled job: {@code cluster.SchedulingConfig}). The transaction tells the
 * database's guard trigger (V70) the instant before which entries may go; nothing newer can be
 * deleted, by this job or by anyone.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @SchedulerLock(name = "audit-retention", lockAtLeastFor = "PT10M")
    @Transactional
    public void removeExpired() {
        Instant before = clock.instant().minus(properties.retention());
        jdbc.sql("select set_config('newsdesk.audit_purge_before', :before, true)")
                .param("before", before.atOffset(ZoneOffset.UTC).toString()).query().listOfRows();
        int removed = jdbc.sql("delete from audit_entries where at < :before")
                .param("before", before.atOffset(ZoneOffset.UTC)).update();
        if (removed > 0) {
            log.info("Removed {} audit entries older than {} (newsdesk.audit.retention={})", removed, before,
                    properties.retention());
        }
    }
}
