package org.newsdesk.cluster;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations run on connections of their own, made from the same database settings but without
 * the pool's {@code statement_timeout} and {@code lock_timeout} (application.properties): those
 * bound what a request may wait, while a migration may rightly take longer (an index on a large
 * table) or wait for a lock the old version's requests hold during a rolling upgrade. Flyway's
 * connections are closed after the migration and never reach the pool.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

    @Bean
    FlywayConfigurationCustomizer migrationsWithoutRequestTimeouts(JdbcConnectionDetails database) {
        return configuration -> configuration.dataSource(database.getJdbcUrl(), database.getUsername(),
                database.getPassword());
    }
}
