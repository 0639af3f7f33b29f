package org.newsdesk.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsdeskIntegrationTest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors on a real server: the site's own pages, never the Whitelabel page, never a stack trace
 * or an exception message, whatever the client accepts.
 */
public class ErrorPagesIT extends IntegrationTest {

    static final String SECRET_MESSAGE = "database password is hunter2";

    @Test
    void notFoundIsTheSitesOwnPageForBrowsersAndForAnyOtherClient() {
        for (String accept : new String[] {"text/html,application/xhtml+xml", "*/*", "application/json"}) {
            HttpResponse<String> response = http.get("/no/such/page", "Accept", accept);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            Document page = Http.html(response);
            assertThat(page.title()).isEqualTo("Page not found — Test News");
            assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
            assertThat(page.select("header .site-name").text()).isEqualTo("Test News");
            assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("timestamp");
        }
    }

    /**
     * A page goes out whole when the request ends (WholePageView), not flushed by the view halfway:
     * one that fits Tomcat's buffer (8 KB) is sent with its length rather than in chunks.
     */
    @Test
    void aSmallPageIsSentWithItsLength() {
        HttpResponse<String> response = http.get("/no/such/page?whole");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(8192);
        assertThat(response.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
    }

    @Test
    void serverErrorsShowAFriendlyPageWithoutTheExceptionDetails() {
        HttpResponse<String> response = http.get("/test/failure", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(500);
        // A failure is never kept by a cache in place of the page.
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Http.html(response);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Something went wrong");
        assertThat(response.body()).doesNotContain(SECRET_MESSAGE).doesNotContain("IllegalStateException")
                .doesNotContain("at org.").doesNotContain("Whitelabel");
    }

    @Test
    void otherErrorsUseTheGenericErrorPage() {
        HttpRequest delete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).DELETE().build();

        HttpResponse<String> response = http.send(delete);

        assertThat(response.statusCode()).isIn(403, 405);
        assertThat(response.body()).doesNotContain("Whitelabel").contains("<h1>");
    }

    @Test
    void onlyTheHealthEndpointIsExposed() {
        HttpResponse<String> health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump"}) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    /**
     * A page that always fails. Nested in the test class, so that the tests' component scanning
     * leaves it out; {@link NewsdeskIntegrationTest} imports it, so that these tests share the one
     * context of all the others instead of starting one of their own.
     */
    @RestController
    public static class FailingController {
        @GetMapping("/test/failure")
        String fail() {
            throw new IllegalStateException(SECRET_MESSAGE);
        }
    }
}
