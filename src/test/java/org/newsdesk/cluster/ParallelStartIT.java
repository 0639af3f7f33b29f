package org.newsdesk.cluster;

import org.springframework.boot.logging.LoggingSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SecondInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances started at the same moment on one empty database, as {@code docker compose up} with
 * replicas or a Kubernetes rollout does: every one starts, and the start-up tasks that write
 * (migrations, the first administrator, the demo content) are done exactly once. The database is
 * a fresh one made for this test on the tests' PostgreSQL server and dropped afterwards.
 */
class ParallelStartIT {

    static final int INSTANCES = 4;

    OwnDatabase database;
    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void createEmptyDatabase() {
        database = OwnDatabase.create("parallel_start");
    }

    @AfterEach
    void stopAndDrop() {
        instances.forEach(ConfigurableApplicationContext::close);
        database.drop();
    }

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseAllStartAndMakeOneAdminAndOneCopyOfTheDemoContent() {
        String url = database.url();
        ExecutorService starter = Executors.newFixedThreadPool(INSTANCES);
        // Spring Boot's logging set-up is one per JVM and not made to run on four threads at once (it
        // failed now and then with "Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'"): these
        // instances log through the set-up the tests already have. Read only as each one starts.
        String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                starts.add(CompletableFuture.supplyAsync(() -> SecondInstance.start(
                        "spring.datasource.url=" + url, "newsdesk.demo-content=true"), starter));
            }
            for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
                instances.add(start.join());
            }
        }
        finally {
            starter.shutdownNow();
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            }
            else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }

        assertThat(instances).hasSize(INSTANCES).allMatch(ConfigurableApplicationContext::isActive);
        JdbcClient jdbc = instances.get(0).getBean(JdbcClient.class);
        assertThat(jdbc.sql("select email from users").query(String.class).list()).containsExactly("first-admin@example.org");
        assertThat(jdbc.sql("select count(*) from news_items").query(Long.class).single()).isEqualTo(60);
        assertThat(jdbc.sql("select count(*) from tags").query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(distinct title) from news_items").query(Long.class).single()).isEqualTo(60);
        // The demo pictures too, once (their variants are made once by whichever instance claims each).
        assertThat(jdbc.sql("select count(*) from pictures").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from news_items where lead_picture_id is not null").query(Long.class).single()).isEqualTo(6);
    }
}
