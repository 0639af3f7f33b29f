package org.newsdesk.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Eventually;
import org.newsdesk.SecondInstance;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance whose database goes away (a restart, a network fault): its own app instance, on a
 * database of its own that the test takes away (no connections allowed, every open one ended)
 * and gives back. Meanwhile pages the page cache holds are still served (stale-if-error), others
 * get the 503 page with {@code Retry-After}, readiness is DOWN so that a balancer sends traffic
 * elsewhere, and liveness stays UP (a restart would not help). Once the database is back, all is
 * as before; and on shutdown every connection it had (the pool's, the LISTEN one) is closed.
 */
class DatabaseOutageIT {

    static final Duration CLIENT_GIVES_UP = Duration.ofSeconds(15);

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    OwnDatabase database;
    ConfigurableApplicationContext instance;
    int port;

    @BeforeEach
    void start() {
        database = OwnDatabase.create("outage");
        instance = SecondInstance.start("spring.datasource.url=" + database.url(), "newsdesk.demo-content=true");
        port = SecondInstance.port(instance);
    }

    @AfterEach
    void stop() {
        if (instance != null) {
            instance.close();
        }
        database.giveBack();
        database.drop();
    }

    @Test
    void withoutItsDatabaseAnInstanceServesWhatItHoldsAnswers503ElsewhereAndIsNotReady() {
        String page = "/archive";
        get(page);
        HttpResponse<String> before = get(page);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        database.takeAway();

        HttpResponse<String> stale = get(page);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(before.body());
        // "no-cache" once the instance has found its content version unreadable; until then (the version
        // reaches it by LISTEN, not by asking) the page is still served as fresh. Never an error.
        assertThat(stale.headers().firstValue("Cache-Control").orElseThrow())
                .isIn("no-cache", before.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> uncached = get("/tags");
        assertThat(uncached.statusCode()).isEqualTo(503);
        assertThat(uncached.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(uncached.body()).contains("The site is busy");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        database.giveBack();

        Eventually.within(Duration.ofSeconds(20), () -> get("/actuator/health/readiness").statusCode() == 200);
        Eventually.within(Duration.ofSeconds(20), () -> get("/tags").statusCode() == 200);
        assertThat(get(page).headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        assertThat(database.connections()).as("the pool's and the LISTEN connection").isPositive();

        instance.close();

        assertThat(database.connections()).as("every connection closed on shutdown").isZero();
    }

    private HttpResponse<String> get(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(CLIENT_GIVES_UP).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
