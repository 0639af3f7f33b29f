package org.newsdesk.cluster;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.FormClient;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A locked table does not hold requests for as long as the lock lasts: while another session
 * holds an exclusive lock on {@code news_items}, a page that must read it is answered with the
 * site's 503 page and {@code Retry-After} once the lock timeout runs out (the test's client gives
 * up after 15 s, well before the lock is released), a save is refused the same way and writes
 * nothing, and a page the page cache holds is still served. One WARN line per refused request,
 * no ERROR.
 */
@ExtendWith(OutputCaptureExtension.class)
class BoundedWaitsIT extends IntegrationTest {

    static final Duration CLIENT_GIVES_UP = Duration.ofSeconds(15);

    @Test
    void whileNewsItemsIsLockedUncachedPagesAndSavesAnswer503AndCachedPagesAreStillServed(CapturedOutput output)
            throws SQLException {
        news.published("Shelter opens", NOW.minus(Duration.ofHours(2)));
        news.published("Border talks", NOW.minus(Duration.ofHours(1)));
        users.editor("ana@example.org", "Ana Rojas");
        FormClient editor = signedIn("ana@example.org");
        var form = FormClient.html(editor.get("/admin/items/new"));
        get("/news/shelter-opens");
        assertThat(get("/news/shelter-opens").statusCode()).isEqualTo(200);

        int logBefore = output.length();
        HttpResponse<String> cached;
        HttpResponse<String> uncached;
        HttpResponse<String> save;
        try (Connection other = OwnDatabase.serverConnection(); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("lock table news_items in access exclusive mode");

            cached = get("/news/shelter-opens");
            uncached = get("/news/border-talks");
            save = editor.submit(form, "form.item-form", Map.of("title", "Written during the lock",
                    "summary", "Refused, and not written.", "date", "2026-06-14", "time", "09:00"));
            other.rollback();
        }

        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(Http.html(cached).select("h1").text()).isEqualTo("Shelter opens");
        assertThat(uncached.statusCode()).isEqualTo(503);
        assertThat(uncached.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(uncached.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Http.html(uncached).select("h1").text()).isEqualTo("The site is busy");
        assertThat(save.statusCode()).isEqualTo(503);
        assertThat(save.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(news.count()).isEqualTo(2);
        String log = output.toString().substring(logBefore);
        assertThat(log).contains("Answered GET /news/border-talks with 503: the database did not answer in time")
                .contains("Answered POST /admin/items with 503")
                .doesNotContainPattern(" ERROR \\d+ --- ");
        assertThat(log.lines().filter(line -> line.contains(" WARN "))).as("one WARN line per refused request").hasSize(2);
        assertThat(get("/news/border-talks").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).timeout(CLIENT_GIVES_UP).GET().build());
    }
}
