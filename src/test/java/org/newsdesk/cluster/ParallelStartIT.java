package org.newsdesk.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SecondInstance;
import org.newsdesk.TestDatabase;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
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

    String databaseName;
    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        databaseName = "parallel_start_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        onServer("create database " + databaseName);
    }

    @AfterEach
    void stopAndDrop() throws SQLException {
        instances.forEach(ConfigurableApplicationContext::close);
        onServer("drop database if exists " + databaseName + " with (force)");
    }

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseAllStartAndMakeOneAdminAndOneCopyOfTheDemoContent() {
        String url = urlOf(databaseName);
        ExecutorService starter = Executors.newFixedThreadPool(INSTANCES);
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
        }

        assertThat(instances).hasSize(INSTANCES).allMatch(ConfigurableApplicationContext::isActive);
        JdbcClient jdbc = instances.get(0).getBean(JdbcClient.class);
        assertThat(jdbc.sql("select email from users").query(String.class).list()).containsExactly("first-admin@example.org");
        assertThat(jdbc.sql("select count(*) from news_items").query(Long.class).single()).isEqualTo(60);
        assertThat(jdbc.sql("select count(*) from tags").query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(distinct title) from news_items").query(Long.class).single()).isEqualTo(60);
    }

    private static String urlOf(String database) {
        String url = TestDatabase.connection().getJdbcUrl();
        // jdbc:postgresql://host:port/name?parameters → the same server, another database
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static void onServer(String sql) throws SQLException {
        JdbcConnectionDetails server = TestDatabase.connection();
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(),
                server.getPassword() == null ? "" : server.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
