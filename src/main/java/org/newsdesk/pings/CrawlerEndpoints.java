package org.newsdesk.pings;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The requests themselves, with the JDK's HTTP client and short timeouts (they run on the
 * notifier's own thread, never a reader's or an editor's):
 * <ul>
 * <li>WebSub: to every hub, for every changed feed, {@code POST hub.mode=publish&hub.url=<feed>}
 *     (form-encoded), the publisher's ping that hubs such as WebSub.Rocks and Google's accept;</li>
 * <li>IndexNow: one {@code POST} of JSON with the host, the key, where the key file is and the
 *     URLs (at most 10,000, the protocol's limit).</li>
 * </ul>
 * Any answer other than 2xx, or no answer, is a failure.
 */
@Component
class CrawlerEndpoints {

    static final int INDEXNOW_MAX_URLS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PingProperties properties;
    private final SiteProperties site;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    CrawlerEndpoints(PingProperties properties, SiteProperties site, JsonMapper json) {
        this.properties = properties;
        this.site = site;
        this.json = json;
    }

    /** Sends the URLs; returns what the endpoint answered, or throws {@link DeliveryFailedException}. */
    String send(Channel channel, List<String> urls) {
        return switch (channel) {
            case WEBSUB -> websub(urls);
            case INDEXNOW -> indexNow(urls);
        };
    }

    private String websub(List<String> feeds) {
        String answer = null;
        for (URI hub : properties.websubHubs()) {
            for (String feed : feeds) {
                String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(feed, StandardCharsets.UTF_8);
                answer = post(hub, "application/x-www-form-urlencoded", form);
            }
        }
        return answer;
    }

    private String indexNow(List<String> urls) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", site.baseUrl().getHost());
        body.put("key", properties.indexnowKey());
        body.put("keyLocation", keyLocation());
        body.put("urlList", urls);
        return post(properties.indexnowEndpoint(), "application/json; charset=utf-8", json.writeValueAsString(body));
    }

    String keyLocation() {
        return site.absoluteUrl("/" + properties.indexnowKey() + ".txt");
    }

    private String post(URI endpoint, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT).header("Content-Type", contentType)
                .header("User-Agent", "Newsdesk").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        catch (IOException e) {
            throw new DeliveryFailedException(endpoint + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException(endpoint + ": interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailedException(endpoint + " answered HTTP " + response.statusCode());
        }
        return "HTTP " + response.statusCode();
    }

    /** An endpoint could not be reached or refused the notification; the message says which and how. */
    static final class DeliveryFailedException extends RuntimeException {

        DeliveryFailedException(String message) {
            super(message, null, false, false);
        }
    }
}
