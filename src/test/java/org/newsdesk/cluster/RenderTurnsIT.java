package org.newsdesk.cluster;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.Eventually;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' pages are rendered so many at once, the others waiting their turn (web.RenderLimitFilter):
 * here one at a time, on an instance of its own. While one page waits on a locked table, a second
 * reader's page waits its turn for at most {@code newsdesk.renders.max-wait}, then is answered with
 * the site's 503 page; static files and the sign-in page never wait for a turn.
 */
@ExtendWith(OutputCaptureExtension.class)
class RenderTurnsIT extends IntegrationTest {

    static ConfigurableApplicationContext oneAtATime;

    @BeforeAll
    static void startAnInstanceThatRendersOnePageAtATime() {
        oneAtATime = SecondInstance.start("newsdesk.renders.at-once=1", "newsdesk.renders.max-wait=300ms",
                "newsdesk.page-cache.enabled=false");
    }

    @AfterAll
    static void stop() {
        if (oneAtATime != null) {
            oneAtATime.close();
        }
    }

    @Test
    void aPageWaitsItsTurnAndIsAnsweredBusyWhenTheOneBeforeItTakesTooLong(CapturedOutput output) throws Exception {
        news.published("Shelter opens", NOW.minus(Duration.ofHours(2)));
        Http there = new Http(SecondInstance.port(oneAtATime));
        // Each rendered once before the lock: the lock is held for as short a time as can be.
        for (String path : new String[] {"/news/shelter-opens", "/", "/css/site.css", "/login"}) {
            assertThat(there.get(path).statusCode()).as(path).isEqualTo(200);
        }
        int logBefore = output.length();

        CompletableFuture<HttpResponse<String>> first;
        HttpResponse<String> second;
        HttpResponse<String> styles;
        HttpResponse<String> signIn;
        try (Connection other = OwnDatabase.serverConnection(); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("lock table news_items in access exclusive mode");
            first = CompletableFuture.supplyAsync(() -> there.get("/?first"));
            // The first page has its turn once it waits for the lock.
            Eventually.within(Duration.ofSeconds(10), () -> jdbc.sql(
                    "select count(*) from pg_locks where relation = 'news_items'::regclass and not granted")
                    .query(Long.class).single() > 0);

            second = there.get("/news/shelter-opens?second");
            styles = there.get("/css/site.css");
            signIn = there.get("/login");
            other.rollback();
        }

        assertThat(first.get().statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Http.html(second).select("h1").text()).isEqualTo("The site is busy");
        // Refused for want of a turn, not by the lock's timeout.
        assertThat(output.toString().substring(logBefore))
                .contains("Answered GET /news/shelter-opens with 503: the database did not answer in time"
                        + " (no turn to render a page within 300 ms, newsdesk.renders.at-once=1)");
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(there.get("/news/shelter-opens?after").statusCode()).isEqualTo(200);
    }
}
