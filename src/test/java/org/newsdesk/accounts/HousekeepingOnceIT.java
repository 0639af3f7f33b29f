package org.newsdesk.accounts;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts' scheduled housekeeping (expired sessions, old sign-in failures and ended locks)
 * runs once across instances: two app instances on one database, this test's and a second one,
 * both schedule each job, and within a job's period only the instance that ran it first does the
 * work (ShedLock, {@code cluster.SchedulingConfig}); the other's run is skipped.
 */
class HousekeepingOnceIT extends IntegrationTest {

    static ConfigurableApplicationContext second;

    @Autowired
    SessionStoreConfig.ExpiredSessions expiredSessions;

    @Autowired
    LoginThrottle loginThrottle;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void expiredSessionsAreDeletedByOneInstancePerPeriod() {
        lockRunOut("expired-sessions", "an earlier run");
        addExpiredSession("00000000-0000-0000-0000-000000000001");

        expiredSessions.delete();

        assertThat(sessionCount()).isZero();
        addExpiredSession("00000000-0000-0000-0000-000000000002");

        second.getBean(SessionStoreConfig.ExpiredSessions.class).delete();

        assertThat(sessionCount()).as("the second instance's run in the same period is skipped").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'expired-sessions' and lock_until > now()")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oldSignInFailuresAreForgottenByOneInstancePerPeriod() {
        lockRunOut("login-throttle-cleanup", "an earlier run");
        addOldFailureAndEndedLock("one@example.org");

        second.getBean(LoginThrottle.class).forgetOld();

        assertThat(throttleRows()).isZero();
        addOldFailureAndEndedLock("two@example.org");

        loginThrottle.forgetOld();

        assertThat(throttleRows()).as("this instance's run in the same period is skipped").isEqualTo(2);
    }

    @Test
    void aJobWhoseInstanceDiedIsRunByAnotherOnceItsLockRunsOut() {
        lockRunOut("expired-sessions", "a dead instance");
        addExpiredSession("00000000-0000-0000-0000-000000000003");

        second.getBean(SessionStoreConfig.ExpiredSessions.class).delete();

        assertThat(sessionCount()).isZero();
    }

    /**
     * The job's lock as left by {@code holder}, run out a second ago. (Updated, not deleted: an
     * instance that has taken a lock once only updates its row afterwards.)
     */
    private void lockRunOut(String job, String holder) {
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values (:job, now() - interval '1 second', now() - interval '10 minutes', :holder)
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                                                 locked_by = excluded.locked_by
                """).param("job", job).param("holder", holder).update();
    }

    private void addExpiredSession(String id) {
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                            max_inactive_interval, expiry_time)
                values (:id, :id, 1000, 1000, 60, 61000)
                """).param("id", id).update();
    }

    private long sessionCount() {
        return jdbc.sql("select count(*) from spring_session where expiry_time = 61000").query(Long.class).single();
    }

    private void addOldFailureAndEndedLock(String account) {
        OffsetDateTime longAgo = OffsetDateTime.parse("2020-01-01T00:00:00Z");
        jdbc.sql("insert into login_failures (account, client_address, failed_at) values (:account, '192.0.2.1', :at)")
                .param("account", account).param("at", longAgo).update();
        jdbc.sql("insert into login_locks (kind, subject, locked_until) values ('ACCOUNT', :account, :at)")
                .param("account", account).param("at", longAgo).update();
    }

    private long throttleRows() {
        return jdbc.sql("select (select count(*) from login_failures) + (select count(*) from login_locks)")
                .query(Long.class).single();
    }
}
