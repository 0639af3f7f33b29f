package org.newsdesk.accounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One editor, several tabs, saves sent at the same moment on one session: each save commits its
 * item and answers its redirect. Each redirect puts Spring MVC's flash map in the session, so
 * every request of the round adds the same session attribute at once; with Spring Session's plain
 * {@code INSERT} all but one failed on {@code spring_session_attributes_pk} after their item had
 * been committed, and the editor, seeing an error, saved again and made a duplicate.
 */
class ConcurrentSavesInOneSessionIT extends IntegrationTest {

    static final int ROUNDS = 8;
    static final int TABS = 3;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void savesSentAtOnceOnOneSessionAllAnswerTheirRedirectAndAreEachWrittenOnce() throws Exception {
        users.editor("ana@example.org", "Ana Rojas");
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService tabs = Executors.newFixedThreadPool(TABS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // A new session each round, so that each round starts with no flash map stored.
                FormClient editor = signedIn("ana@example.org");
                Document form = FormClient.html(editor.get("/admin/items/new"));
                String csrf = form.select("form.item-form input[name=_csrf]").attr("value");
                String cookie = "SESSION=" + editor.cookie("SESSION");
                CountDownLatch ready = new CountDownLatch(TABS);
                List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
                for (int tab = 0; tab < TABS; tab++) {
                    String title = "Round " + round + " tab " + tab;
                    saves.add(CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        await(ready);
                        return save(cookie, csrf, title);
                    }, tabs));
                }
                saves.forEach(save -> answers.add(save.join()));
            }
        }
        finally {
            tabs.shutdownNow();
        }

        assertThat(answers).hasSize(ROUNDS * TABS).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).matches(".*/admin/items/\\d+");
        });
        assertThat(jdbc.sql("select count(*) from news_items").query(Long.class).single()).isEqualTo(ROUNDS * TABS);
        assertThat(jdbc.sql("select count(distinct title) from news_items").query(Long.class).single())
                .isEqualTo(ROUNDS * TABS);
    }

    private HttpResponse<String> save(String cookie, String csrf, String title) {
        String fields = String.join("&", "_csrf=" + encode(csrf), "title=" + encode(title),
                "summary=" + encode("Saved from one of several tabs."), "date=2026-06-14", "time=09:00", "action=save");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/items"))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
