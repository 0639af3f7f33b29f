package org.newsdesk.dev;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL that Newsdesk starts itself when no database is configured.
 *
 * @param enabled start it when {@code spring.datasource.url} is not set
 * @param dataDirectory where its files live; kept across restarts
 * @param port the port it listens on (on localhost only); 0 picks a free one
 */
@ConfigurationProperties("newsdesk.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("0") int port) {
}
