package org.newsdesk.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old audit entries are removed after the retention period, by one instance at a time: two
 * application contexts on one database run the clean-up together and the result is the same as
 * one run; while one holds the job, the other skips its turn.
 */
class AuditRetentionIT extends IntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void entriesOlderThanTheRetentionGoOnceWhateverTheNumberOfInstances() throws Exception {
        TestAudit audit = new TestAudit(jdbc, transactions);
        audit.clear();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int daysAgo : List.of(90, 45, 31, 29, 1)) {
            jdbc.sql("insert into audit_entries (at, action, subject) values (?, 'SIGN_IN', ?)")
                    .params(now.minus(Duration.ofDays(daysAgo)).atOffset(ZoneOffset.UTC), daysAgo + " days ago").update();
        }
        try (ConfigurableApplicationContext second = SecondInstance.start("newsdesk.audit.retention=30d",
                "newsdesk.audit.clean-up-every=1h")) {
            AuditRetention secondInstance = second.getBean(AuditRetention.class);
            // This instance's job, with the same settings as the second one's and the real clock.
            AuditRetention thisInstance = new AuditRetention(jdbc, transactions,
                    new AuditProperties(Duration.ofDays(30), Duration.ofHours(1)), Clock.systemUTC());

            // While one instance runs it (here: holds its lock), the other skips its turn and removes nothing.
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditRetention.RETENTION_LOCK).query().listOfRows();
                held.countDown();
                await(release);
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(secondInstance.removeExpired()).isEqualTo(-1);
            assertThat(subjects()).hasSize(5);
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);

            // Both at once: the entries past 30 days go, exactly once, and the others stay.
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(secondInstance::removeExpired);
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(thisInstance::removeExpired);
            List<Integer> removed = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));
            // One removed them; the other either waited for its lock and found nothing left, or skipped its turn.
            assertThat(removed).contains(3);
            assertThat(removed.stream().mapToInt(Integer::intValue).sum()).isIn(3, 2);
            assertThat(subjects()).containsExactly("29 days ago", "1 days ago");
            assertThat(thisInstance.removeExpired()).isZero();
        }
    }

    private List<String> subjects() {
        return jdbc.sql("select subject from audit_entries order by at").query(String.class).list();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
