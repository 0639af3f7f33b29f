package org.newsdesk.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
}
