package org.newsdesk.pings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Service;

/** What the editors' dashboard shows of crawler notifications: each channel, on or off, and its latest attempt. */
@Service
public class CrawlerDeliveries {

    private final NotificationQueue queue;
    private final PingProperties properties;
    private final SiteProperties site;

    CrawlerDeliveries(NotificationQueue queue, PingProperties properties, SiteProperties site) {
        this.queue = queue;
        this.properties = properties;
        this.site = site;
    }

    /** One row per channel, in a fixed order; a channel switched off has no latest attempt shown. */
    public List<ChannelStatus> channels() {
        Map<Channel, LastDelivery> last = properties.anyEnabled()
                ? queue.lastDeliveries(site.timeZone()).stream().collect(Collectors.toMap(LastDelivery::channel, Function.identity()))
                : Map.of();
        return List.of(Channel.values()).stream()
                .map(channel -> new ChannelStatus(channel, properties.enabled(channel),
                        properties.enabled(channel) ? last.get(channel) : null))
                .toList();
    }

    /** A channel, whether it is configured, and its latest attempt (or null: none yet, or off). */
    public record ChannelStatus(Channel channel, boolean enabled, LastDelivery last) {
    }
}
