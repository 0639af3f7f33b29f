package org.newsdesk.freshness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.StatementLog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional GET and caching, over real HTTP: every public resource has validators and answers
 * 304 when they still match, the validators change when content changes and at the instant a
 * scheduled item becomes visible, HEAD has no body, static assets are immutable, responses are
 * compressed.
 */
class HttpCachingIT extends IntegrationTest {

    /** One URL of each kind of public resource. */
    static final List<String> RESOURCES = List.of("/", "/page/2", "/news/the-item", "/tags", "/tags/border-management",
            "/archive", "/archive/2026", "/archive/2026/06", "/feed.xml", "/atom.xml", "/feed.json",
            "/tags/border-management/feed.xml", "/tags/border-management/atom.xml", "/sitemap.xml",
            "/sitemap-pages.xml", "/sitemap-news-2026-06.xml", "/news-sitemap.xml", "/robots.txt");

    @Autowired
    StatementLog statements;

    @Test
    void everyPublicResourceHasValidatorsAndAnswers304WhileTheyMatch() {
        publishSomeNews();
        for (String path : RESOURCES) {
            HttpResponse<String> first = http.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(etag).as(path).matches("W/\"[0-9a-f]{32}\"");
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(path)
                    .contains("public", "max-age=60", "stale-while-revalidate=300");

            HttpResponse<String> byEtag = http.get(path, "If-None-Match", etag);
            assertThat(byEtag.statusCode()).as(path).isEqualTo(304);
            assertThat(byEtag.body()).as(path).isEmpty();
            assertThat(byEtag.headers().firstValue("ETag")).as(path).hasValue(etag);
            assertThat(byEtag.headers().firstValue("Cache-Control").orElseThrow()).as(path).contains("max-age=60");

            HttpResponse<String> byDate = http.get(path, "If-Modified-Since", lastModified);
            assertThat(byDate.statusCode()).as(path).isEqualTo(304);
            assertThat(byDate.body()).as(path).isEmpty();

            assertThat(http.get(path, "If-None-Match", "W/\"00000000000000000000000000000000\"").statusCode()).as(path)
                    .isEqualTo(200);
            // If-None-Match wins over If-Modified-Since: a stale tag with a current date is still stale.
            assertThat(http.get(path, "If-None-Match", "W/\"0\"", "If-Modified-Since", lastModified).statusCode())
                    .as(path).isEqualTo(200);
        }
    }

    @Test
    void unknownQueryParametersDoNotHideTheValidatorsOfThePage() {
        publishSomeNews();

        HttpResponse<String> tracked = http.get("/news/the-item?utm_source=newsletter");

        assertThat(tracked.statusCode()).isEqualTo(200);
        String etag = tracked.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/news/the-item?utm_source=newsletter", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aNotModifiedAnswerRendersNothingAndReadsNoContent() {
        publishSomeNews();
        String etag = http.get("/").headers().firstValue("ETag").orElseThrow();
        statements.clear();

        assertThat(http.get("/", "If-None-Match", etag).statusCode()).isEqualTo(304);

        // At most the content version was read, none of the listing's queries.
        assertThat(statements.reads()).isEmpty();
    }

    @Test
    void headIsAnsweredWithTheHeadersAndNoBody() {
        publishSomeNews();
        for (String path : List.of("/", "/news/the-item", "/feed.xml", "/feed.json", "/sitemap.xml", "/robots.txt")) {
            HttpResponse<String> get = http.get(path);
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(http.uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().firstValue("ETag")).as(path).isEqualTo(get.headers().firstValue("ETag"));
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));

            HttpResponse<String> conditional = http.send(HttpRequest.newBuilder(http.uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("If-None-Match", get.headers().firstValue("ETag").orElseThrow()).build());
            assertThat(conditional.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void validatorsChangeAtTheInstantAScheduledItemBecomesVisible() {
        publishSomeNews();
        Instant publication = NOW.plus(Duration.ofHours(1));
        news.published("Scheduled announcement", publication, "Border management");
        List<String> showingIt = List.of("/", "/tags/border-management", "/archive/2026/06", "/feed.xml", "/atom.xml",
                "/feed.json", "/tags/border-management/feed.xml", "/sitemap.xml", "/sitemap-news-2026-06.xml",
                "/news-sitemap.xml");
        String[] etags = new String[showingIt.size()];
        String[] dates = new String[showingIt.size()];
        for (int i = 0; i < showingIt.size(); i++) {
            HttpResponse<String> before = http.get(showingIt.get(i));
            assertThat(before.body()).as(showingIt.get(i)).doesNotContain("scheduled-announcement");
            etags[i] = before.headers().firstValue("ETag").orElseThrow();
            dates[i] = before.headers().firstValue("Last-Modified").orElseThrow();
        }

        clock.set(publication.minusSeconds(1));
        for (int i = 0; i < showingIt.size(); i++) {
            HttpResponse<String> stillBefore = http.get(showingIt.get(i), "If-None-Match", etags[i]);
            assertThat(stillBefore.statusCode()).as(showingIt.get(i)).isEqualTo(304);
            // No cache may keep it fresh past the publication.
            assertThat(stillBefore.headers().firstValue("Cache-Control").orElseThrow()).as(showingIt.get(i))
                    .contains("max-age=1,");
        }

        clock.set(publication);
        for (int i = 0; i < showingIt.size(); i++) {
            String path = showingIt.get(i);
            HttpResponse<String> byEtag = http.get(path, "If-None-Match", etags[i]);
            assertThat(byEtag.statusCode()).as(path).isEqualTo(200);
            if (!path.equals("/sitemap.xml")) {
                assertThat(byEtag.body()).as(path).contains("scheduled-announcement");
            }
            assertThat(byEtag.headers().firstValue("ETag").orElseThrow()).as(path).isNotEqualTo(etags[i]);
            assertThat(byEtag.headers().firstValue("Last-Modified")).as(path).hasValue(httpDate(publication));

            assertThat(http.get(path, "If-Modified-Since", dates[i]).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(http.get("/news/scheduled-announcement").statusCode()).isEqualTo(200);
    }

    @Test
    void anyChangeToContentChangesTheValidatorsWhoeverMakesIt() {
        publishSomeNews();
        String etag = http.get("/news/item-number-10").headers().firstValue("ETag").orElseThrow();

        // A tag renamed straight in the database: no timestamp anywhere changes, the page does.
        news.write("update tags set name = 'Borders' where slug = 'border-management'");
        HttpResponse<String> afterRename = http.get("/news/item-number-10", "If-None-Match", etag);
        assertThat(afterRename.statusCode()).isEqualTo(200);
        assertThat(afterRename.body()).contains(">Borders<");

        String renamed = afterRename.headers().firstValue("ETag").orElseThrow();
        news.write("update news_items set status = 'WITHDRAWN' where slug = 'item-number-10'");
        HttpResponse<String> withdrawn = http.get("/news/item-number-10", "If-None-Match", renamed);
        assertThat(withdrawn.statusCode()).isEqualTo(410);
    }

    @Test
    void cacheLifetimeIsCappedByTheNextScheduledPublication() {
        publishSomeNews();
        news.published("Soon", NOW.plusSeconds(30));

        assertThat(http.get("/").headers().firstValue("Cache-Control"))
                .hasValue("max-age=30, public, stale-while-revalidate=300");
    }

    @Test
    void editorsPagesAndOperationsAreNeverCachedPublicly() {
        for (String path : List.of("/admin", "/login", "/actuator/health")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(path).doesNotContain("public");
        }
    }

    @Test
    void contentHashedAssetsAreImmutableForAYearAndPlainNamesAreNot() {
        String stylesheet = Http.html(http.get("/")).select("link[rel=stylesheet]").attr("href");
        assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");

        HttpResponse<String> hashed = http.get(stylesheet);
        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(hashed.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");

        HttpResponse<String> plain = http.get("/css/site.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control").orElseThrow()).doesNotContain("immutable")
                .contains("max-age=3600");

        HttpResponse<String> unknownHash = http.get("/css/site-0123456789abcdef0123456789abcdef.css");
        assertThat(unknownHash.statusCode()).isEqualTo(404);
        assertThat(unknownHash.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");

        HttpResponse<String> logo = http.get("/img/logo.png");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap-news-2026-06.xml", "/news/the-item"})
    void responsesAreCompressedWhenTheClientAcceptsIt(String path) throws IOException {
        publishSomeNews();
        HttpClient raw = HttpClient.newHttpClient();
        HttpResponse<byte[]> compressed = send(raw, HttpRequest.newBuilder(http.uri(path))
                .header("Accept-Encoding", "gzip").build());

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.headers().allValues("Vary").toString().toLowerCase()).contains("accept-encoding");
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            String body = new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(body).isEqualTo(http.get(path).body());
        }

        HttpResponse<byte[]> identity = send(raw, HttpRequest.newBuilder(http.uri(path)).build());
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void theStylesheetIsCompressedToo() {
        String stylesheet = Http.html(http.get("/")).select("link[rel=stylesheet]").attr("href");

        HttpResponse<byte[]> compressed = send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(http.uri(stylesheet)).header("Accept-Encoding", "gzip").build());

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    /** Eleven items (two pages), one with a body and tags, all in June 2026. */
    private void publishSomeNews() {
        news.publishedSeries(10, NOW.minus(Duration.ofHours(30)), "Border management");
        news.withBody("The item", NOW.minus(Duration.ofHours(2)),
                "A body long enough to be worth compressing. ".repeat(40),
                "<p>" + "A body long enough to be worth compressing. ".repeat(40) + "</p>");
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
