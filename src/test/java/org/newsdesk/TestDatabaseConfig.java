package org.newsdesk;

import java.time.Instant;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The shared test configuration: the test database and a clock the tests control. */
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

    @Bean
    TestNews testNews(org.newsdesk.news.NewsItemRepository items, org.newsdesk.news.tags.TagRepository tags,
                      org.springframework.jdbc.core.simple.JdbcClient jdbc,
                      org.springframework.transaction.support.TransactionTemplate transactions) {
        return new TestNews(items, tags, jdbc, transactions);
    }

    @Bean
    org.newsdesk.accounts.TestUsers testUsers(org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                              org.springframework.security.crypto.password.PasswordEncoder passwordEncoder) {
        return new org.newsdesk.accounts.TestUsers(jdbc, passwordEncoder);
    }
}
