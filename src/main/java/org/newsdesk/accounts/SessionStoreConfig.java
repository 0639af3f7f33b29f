package org.newsdesk.accounts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), for several instances and concurrent requests.
 *
 * <ul>
 * <li>An attribute is written with {@code INSERT … ON CONFLICT DO UPDATE} (Spring Session's own
 * PostgreSQL customizer): two requests of one session adding the same attribute at once (the
 * flash map of two saves in two tabs) both succeed, where the plain {@code INSERT} failed the
 * second with a duplicate key on {@code spring_session_attributes_pk} after its save had
 * committed.</li>
 * <li>Expired sessions are deleted once a minute by one instance ({@code @SchedulerLock}), not by
 * every instance (Spring Session's own clean-up is off: {@code spring.session.jdbc.cleanup-cron=-}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository sessions) {
        return new ExpiredSessions(sessions);
    }

    /** The clean-up of expired sessions, once a minute across all instances. */
    static class ExpiredSessions {

        private final JdbcIndexedSessionRepository sessions;

        ExpiredSessions(JdbcIndexedSessionRepository sessions) {
            this.sessions = sessions;
        }

        @Scheduled(cron = "0 * * * * *")
        @SchedulerLock(name = "expired-sessions", lockAtLeastFor = "PT30S")
        void delete() {
            sessions.cleanUpExpiredSessions();
        }
    }
}
