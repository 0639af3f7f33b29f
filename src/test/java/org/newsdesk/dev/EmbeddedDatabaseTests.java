package org.newsdesk.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL that {@code spring-boot:run} starts when no database is configured. */
class EmbeddedDatabaseTests {

    /**
     * By name: src/dev is on the tests' classpath when they run (as on that of spring-boot:run),
     * but not when they are compiled.
     */
    static final Class<?> EMBEDDED_DATABASE =
            ClassUtils.resolveClassName("org.newsdesk.dev.EmbeddedDatabaseAutoConfiguration", null);

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EMBEDDED_DATABASE, DataSourceAutoConfiguration.class));

    @Test
    void startsWithNoDatasourceConfiguredAndKeepsItsDataAcrossRestarts(@TempDir Path dataDirectory) {
        ApplicationContextRunner embedded = app.withPropertyValues(
                "newsdesk.embedded-database.data-directory=" + dataDirectory.resolve("postgres"));

        embedded.run(context -> {
            assertThat(context).hasSingleBean(JdbcConnectionDetails.class);
            assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl()).contains("/newsdesk");
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            jdbc.sql("create table notes (text text)").update();
            jdbc.sql("insert into notes values ('kept')").update();
        });
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).content().isEqualToIgnoringNewLines("17");

        embedded.run(context -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("select text from notes").query(String.class).list()).containsExactly("kept");
        });
    }

    @Test
    void dataLeftByAnotherMajorVersionIsMovedAsideAndANewDatabaseMade(@TempDir Path dataDirectory) throws IOException {
        Path old = Files.createDirectories(dataDirectory.resolve("postgres"));
        Files.writeString(old.resolve("PG_VERSION"), "15\n");
        Files.writeString(old.resolve("base"), "an old cluster's files");

        app.withPropertyValues("newsdesk.embedded-database.data-directory=" + old).run(context -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
        });

        assertThat(dataDirectory.resolve("postgres-15/base")).hasContent("an old cluster's files");
    }

    @Test
    void startsNothingWhenADatabaseUrlIsGiven() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EMBEDDED_DATABASE))
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/newsdesk")
                .run(context -> assertThat(context).doesNotHaveBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class));
    }

    @Test
    void canBeSwitchedOff() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EMBEDDED_DATABASE))
                .withPropertyValues("newsdesk.embedded-database.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class));
    }
}
