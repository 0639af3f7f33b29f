package org.newsdesk;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The one PostgreSQL every test runs on, started once per test JVM. In this order: the server
 * named by {@code NEWSDESK_TEST_DATABASE_URL} (with {@code _USERNAME} and {@code _PASSWORD}),
 * else a Testcontainers PostgreSQL when a Docker engine answers, else an embedded PostgreSQL
 * (real binaries from Maven Central). Never a mock, never H2.
 */
public final class TestDatabase {

    private static JdbcConnectionDetails connection;

    private TestDatabase() {
    }

    public static synchronized JdbcConnectionDetails connection() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static JdbcConnectionDetails start() {
        String url = System.getenv("NEWSDESK_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return details(url, System.getenv("NEWSDESK_TEST_DATABASE_USERNAME"),
                    System.getenv("NEWSDESK_TEST_DATABASE_PASSWORD"));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return details(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return details(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private static JdbcConnectionDetails details(String url, String username, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }
        };
    }
}
