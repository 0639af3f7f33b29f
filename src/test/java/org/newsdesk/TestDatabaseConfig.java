package org.newsdesk;

import java.time.Instant;
import java.util.Map;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The shared test configuration: the test database, a clock the tests control, cheap password
 * hashing, and the helpers that put rows in the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfig {

    public static final Instant DEFAULT_NOW = Instant.parse("2026-06-15T12:00:00Z");

    @Bean
    JdbcConnectionDetails testDatabaseConnection() {
        return TestDatabase.connection();
    }

    /** Static: a bean post-processor, made before the other beans so that it can wrap the data source. */
    @Bean
    static StatementLog statementLog() {
        return new StatementLog();
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(DEFAULT_NOW);
    }

    /**
     * Real bcrypt, at its lowest cost (4, where production uses Spring Security's default 10):
     * every user a test makes and every sign-in hashes a password, and at cost 10 each hash takes
     * about 70 ms of a shared CPU. The cost is written in each hash, so sign-ins check hashes of
     * either cost; {@code PasswordHashingTests} checks that production keeps cost 10.
     */
    @Bean
    @Primary
    PasswordEncoder cheapPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }

    @Bean
    TestNews testNews(org.newsdesk.news.NewsItemRepository items, org.newsdesk.news.tags.TagRepository tags,
                      org.springframework.jdbc.core.simple.JdbcClient jdbc,
                      org.springframework.transaction.support.TransactionTemplate transactions) {
        return new TestNews(items, tags, jdbc, transactions);
    }

    @Bean
    org.newsdesk.audit.TestAudit testAudit(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new org.newsdesk.audit.TestAudit(jdbc);
    }

    @Bean
    org.newsdesk.accounts.TestUsers testUsers(org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                              PasswordEncoder passwordEncoder) {
        return new org.newsdesk.accounts.TestUsers(jdbc, passwordEncoder);
    }
}
