package org.newsdesk.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old audit entries are removed after the retention period, once per period across instances:
 * two application contexts on one database (this test's and a second one) both schedule the job,
 * and the one that runs it second in a period does nothing.
 */
class AuditRetentionIT extends IntegrationTest {

    @Autowired
    AuditRetention retention;

    @Test
    void entriesOlderThanTheRetentionGoAndOnlyOneInstanceRunsTheJobInAPeriod() {
        jdbc.sql("delete from shedlock where name = 'audit-retention'").update();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int daysAgo : List.of(90, 45, 31, 29, 1)) {
            add(now.minus(Duration.ofDays(daysAgo)), daysAgo + " days ago");
        }
        try (ConfigurableApplicationContext second = SecondInstance.start("newsdesk.audit.retention=30d")) {
            second.getBean(AuditRetention.class).removeExpired();

            assertThat(subjects()).containsExactly("29 days ago", "1 days ago");

            // Within the period, this instance's turn is skipped: an entry it would remove stays.
            add(Instant.parse("2020-01-01T00:00:00Z"), "long ago");
            retention.removeExpired();
            assertThat(subjects()).containsExactly("long ago", "29 days ago", "1 days ago");
        }
    }

    private void add(Instant at, String subject) {
        jdbc.sql("insert into audit_entries (at, action, subject) values (?, 'SIGN_IN', ?)")
                .params(at.atOffset(ZoneOffset.UTC), subject).update();
    }

    private List<String> subjects() {
        return jdbc.sql("select subject from audit_entries order by at").query(String.class).list();
    }
}
