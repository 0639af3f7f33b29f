package org.newsdesk.pings;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Crawler notifications, all off by default.
 *
 * @param websubHubs WebSub hubs to ping when feeds change; every feed declares them as {@code rel="hub"}
 * @param indexnowEndpoint where to submit changed URLs (for example {@code https://api.indexnow.org/indexnow}), or none
 * @param indexnowKey the site's IndexNow key (8 to 128 letters, digits or dashes), served at {@code /{key}.txt}
 * @param retryAfter the wait after a first failed attempt; it doubles with each failure
 * @param retryAtMost the longest wait between attempts
 * @param maxAttempts attempts before a notification is given up
 * @param sweep how often an instance looks for due notifications anyway (another instance's, or
 *              one that an instance claimed and did not finish)
 */
@Validated
@ConfigurationProperties("newsdesk.pings")
public record PingProperties(@DefaultValue List<URI> websubHubs, URI indexnowEndpoint,
                             @Pattern(regexp = "[a-zA-Z0-9-]{8,128}") String indexnowKey,
                             @DefaultValue("30s") Duration retryAfter, @DefaultValue("1h") Duration retryAtMost,
                             @Min(1) @DefaultValue("12") int maxAttempts, @DefaultValue("1m") Duration sweep) {

    public PingProperties {
        websubHubs = List.copyOf(websubHubs);
        if (indexnowEndpoint != null && indexnowKey == null) {
            throw new IllegalArgumentException("newsdesk.pings.indexnow-endpoint needs newsdesk.pings.indexnow-key");
        }
    }

    public boolean enabled(Channel channel) {
        return switch (channel) {
            case WEBSUB -> !websubHubs.isEmpty();
            case INDEXNOW -> indexnowEndpoint != null;
        };
    }

    boolean anyEnabled() {
        return enabled(Channel.WEBSUB) || enabled(Channel.INDEXNOW);
    }

    /** The wait before attempt number {@code failed + 1}, after {@code failed} failures. */
    Duration backOff(int failed) {
        Duration wait = retryAfter;
        for (int i = 1; i < failed && wait.compareTo(retryAtMost) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryAtMost) < 0 ? wait : retryAtMost;
    }
}
