package org.newsdesk.freshness;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two ways this instance hears of content changes: its own commits ({@link LocalWrites}) and
 * every commit to the database, whoever made it, through PostgreSQL's LISTEN/NOTIFY
 * ({@link ContentChangeListener}). While they run, {@link ContentVersions} answers without a query,
 * so HTTP validators, listing counts and the page cache cost no SQL until something changes.
 * They run whether or not the page cache is on: without the cache, a page is still rendered on
 * every request, but its validators and counts are not read again.
 */
@Configuration(proxyBeanMethods = false)
class ContentChangesConfig {

    @Bean
    ContentChangeListener contentChangeListener(JdbcConnectionDetails database, ContentVersions versions) {
        return new ContentChangeListener(database, versions);
    }

    @Bean
    LocalWrites localWrites(ContentVersions versions) {
        return new LocalWrites(versions);
    }
}
