package org.newsdesk.freshness;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of rendered public responses (pages, feeds, sitemaps, robots.txt).
 *
 * @param enabled  off, every request renders its response again (and asks the database for the
 *                 content version), as without a cache
 * @param maxBytes how much memory the stored responses may take, counted in the bytes kept
 *                 (compressed where the response is compressible); the least useful are dropped first
 */
@ConfigurationProperties("newsdesk.page-cache")
record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") DataSize maxBytes) {

    PageCacheProperties {
        if (maxBytes.toBytes() < DataSize.ofKilobytes(64).toBytes()) {
            throw new IllegalArgumentException("newsdesk.page-cache.max-bytes must be at least 64KB, not " + maxBytes);
        }
    }
}
