package org.newsdesk.freshness;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.CacheControl;

/**
 * How long browsers and shared caches may keep a public response before they ask again.
 *
 * @param maxAge how long a page, feed or sitemap is fresh ({@code Cache-Control: max-age}); short,
 *               because news changes, and capped further when a scheduled item is about to appear
 * @param staleWhileRevalidate how long after that a cache may still serve it while it revalidates
 *                             in the background ({@code stale-while-revalidate})
 */
@ConfigurationProperties("newsdesk.http")
public record HttpCachingProperties(
        @DefaultValue("60s") Duration maxAge,
        @DefaultValue("300s") Duration staleWhileRevalidate) {

    /**
     * Fresh for the configured time, but never past the moment a scheduled item appears: a cache
     * must ask again then, and will find new validators.
     */
    public CacheControl cacheControl(ContentVersion version, Instant now) {
        Duration fresh = maxAge;
        if (version.nextPublication() != null) {
            Duration untilNext = Duration.between(now, version.nextPublication());
            if (untilNext.compareTo(fresh) < 0) {
                fresh = untilNext.isNegative() ? Duration.ZERO : untilNext;
            }
        }
        return CacheControl.maxAge(fresh).cachePublic().staleWhileRevalidate(staleWhileRevalidate);
    }
}
