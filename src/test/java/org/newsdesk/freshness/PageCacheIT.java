package org.newsdesk.freshness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Eventually;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.StatementLog;
import org.newsdesk.TestDatabase;
import org.newsdesk.news.NewsItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache over real HTTP on the shared test database: a hit reads nothing (no SQL: it is
 * even answered while another connection holds every content table locked) and sends exactly
 * the bytes and headers of the miss that stored it; every kind of write a reader could notice
 * shows at once when this instance commits it and within two seconds when anyone else does (a
 * plain connection, as psql); a scheduled item appears at its instant; and only what every
 * reader may see is stored.
 */
class PageCacheIT extends IntegrationTest {

    /** How soon a change made outside this instance must show. */
    static final Duration NOTICE = Duration.ofSeconds(2);

    /** One URL of each kind of public resource, a query string included. */
    static final List<String> RESOURCES = List.of("/", "/page/2", "/news/the-item", "/news/the-item?utm_source=mail",
            "/tags", "/tags/border-management", "/archive", "/archive/2026", "/archive/2026/06", "/feed.xml", "/atom.xml",
            "/feed.json", "/tags/border-management/feed.xml", "/sitemap.xml", "/sitemap-pages.xml",
            "/sitemap-news-2026-06.xml", "/news-sitemap.xml", "/robots.txt");

    static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "X-Frame-Options", "Referrer-Policy");

    @Autowired
    StatementLog statementLog;

    @Autowired
    ContentChangeListener listener;

    @Autowired
    ContentVersions versions;

    @Autowired
    PageCache pages;

    @BeforeEach
    void setUp() {
        awaitListening();
    }

    @Test
    void aHitReadsNothingAndSendsExactlyWhatTheMissSent() {
        publishSomeNews();
        for (String path : RESOURCES) {
            long[] missStatements = new long[1];
            HttpResponse<byte[]> miss = counting(missStatements, () -> get(path, "Accept-Encoding", "gzip"));
            assertThat(miss.statusCode()).as(path).isEqualTo(200);
            // robots.txt needs no data; the pages sitemap was computed with the index, once per content version.
            if (!path.equals("/robots.txt") && !path.equals("/sitemap-pages.xml")) {
                assertThat(missStatements[0]).as("a miss renders " + path).isPositive();
            }

            HttpResponse<byte[]> hit = readingNothing(() -> get(path, "Accept-Encoding", "gzip"));

            assertThat(hit.statusCode()).as(path).isEqualTo(200);
            assertThat(hit.body()).as(path).isEqualTo(miss.body());
            assertThat(headers(hit)).as(path).isEqualTo(headers(miss));
            assertThat(hit.headers().map().keySet()).as(path).containsAll(SECURITY_HEADERS.stream().map(String::toLowerCase).toList());

            HttpResponse<byte[]> identity = readingNothing(() -> get(path));
            assertThat(identity.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(new String(identity.body(), StandardCharsets.UTF_8)).as(path).isEqualTo(text(miss));
        }
    }

    @Test
    void pagesWorthCompressingAreSentCompressedOnlyToClientsThatAcceptIt() {
        publishSomeNews();
        get("/news/the-item");

        HttpResponse<byte[]> gzip = readingNothing(() -> get("/news/the-item", "Accept-Encoding", "br;q=1, gzip;q=0.8"));
        HttpResponse<byte[]> refused = readingNothing(() -> get("/news/the-item", "Accept-Encoding", "gzip;q=0, br"));

        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(varyFields(gzip)).containsExactly("accept-language", "cookie", "accept-encoding");
        assertThat(gzip.headers().firstValueAsLong("Content-Length")).hasValue(gzip.body().length);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(varyFields(refused)).containsExactly("accept-language", "cookie", "accept-encoding");
        assertThat(text(gzip)).isEqualTo(text(refused));
        assertThat(heading(text(gzip))).isEqualTo("The item");
        assertThat(refused.headers().firstValueAsLong("Content-Length")).hasValue(refused.body().length);
    }

    @Test
    void conditionalAndHeadRequestsAreAnsweredFromTheCacheToo() {
        publishSomeNews();
        HttpResponse<byte[]> page = get("/news/the-item", "Accept-Encoding", "gzip");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> byEtag = readingNothing(() -> get("/news/the-item", "If-None-Match", etag));
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Security-Policy",
                "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy")) {
            assertThat(byEtag.headers().allValues(header)).as(header).isEqualTo(page.headers().allValues(header));
        }
        HttpResponse<byte[]> byDate = readingNothing(() -> get("/news/the-item", "If-Modified-Since", lastModified));
        assertThat(byDate.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> staleTag = readingNothing(() -> get("/news/the-item", "If-None-Match", "W/\"0\"",
                "If-Modified-Since", lastModified, "Accept-Encoding", "gzip"));
        assertThat(staleTag.statusCode()).isEqualTo(200);
        assertThat(staleTag.body()).isEqualTo(page.body());

        HttpResponse<byte[]> head = readingNothing(() -> send(HttpRequest.newBuilder(uri("/news/the-item"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "gzip")));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(headers(head)).isEqualTo(headers(page));
    }

    /**
     * The language notice (issue 14) is stored under a key of its own: a reader without
     * {@code Accept-Language} is never sent the page stored for a reader with it, nor the other
     * way round, and both are hits (no SQL); a reader who dismissed it shares the plain page.
     */
    @Test
    void theLanguageNoticeIsStoredApartFromThePlainPage() {
        publishSomeNews();
        HttpResponse<byte[]> suggested = get("/news/the-item", "Accept-Language", "es-ES,es;q=0.9");
        assertThat(body(suggested)).contains("language-notice");

        HttpResponse<byte[]> plain = get("/news/the-item");
        assertThat(body(plain)).doesNotContain("language-notice");
        HttpResponse<byte[]> plainAgain = readingNothing(() -> get("/news/the-item"));
        assertThat(body(plainAgain)).isEqualTo(body(plain));
        assertThat(varyFields(plainAgain)).contains("accept-language", "cookie");

        HttpResponse<byte[]> suggestedAgain = readingNothing(() -> get("/news/the-item", "Accept-Language", "es"));
        assertThat(body(suggestedAgain)).isEqualTo(body(suggested));
        assertThat(suggestedAgain.headers().firstValue("ETag")).isEqualTo(suggested.headers().firstValue("ETag"))
                .isNotEqualTo(plain.headers().firstValue("ETag"));
        HttpResponse<byte[]> dismissed = readingNothing(() -> get("/news/the-item", "Accept-Language", "es",
                "Cookie", "newsdesk_language_notice=dismissed"));
        assertThat(body(dismissed)).isEqualTo(body(plain));
        assertThat(readingNothing(() -> get("/news/the-item", "Accept-Language", "en-US")).headers().firstValue("ETag"))
                .isEqualTo(plain.headers().firstValue("ETag"));
    }

    @Test
    void aScheduledItemAppearsAtItsInstantWithoutAnyWrite() {
        publishSomeNews();
        Instant publication = NOW.plus(Duration.ofHours(1));
        news.published("Scheduled announcement", publication, "Border management");
        String before = body(get("/"));
        assertThat(before).doesNotContain("Scheduled announcement");

        clock.set(publication.minusSeconds(1));
        HttpResponse<byte[]> justBefore = readingNothing(() -> get("/"));
        assertThat(body(justBefore)).isEqualTo(before);
        assertThat(justBefore.headers().firstValue("Cache-Control")).hasValue("max-age=1, public, stale-while-revalidate=300");

        clock.set(publication);
        HttpResponse<byte[]> at = get("/");
        assertThat(body(at)).contains("Scheduled announcement");
        assertThat(at.headers().firstValue("ETag")).isNotEqualTo(justBefore.headers().firstValue("ETag"));
        assertThat(body(get("/tags/border-management"))).contains("Scheduled announcement");
    }

    /** Writes committed in this instance (JPA or SQL, in a Spring transaction): shown on the next request. */
    @Test
    void everyKindOfWriteThisInstanceCommitsShowsOnTheNextRequest() {
        NewsItem first = news.published("First story", NOW.minus(Duration.ofHours(3)), "Border management");
        NewsItem second = news.published("Second story", NOW.minus(Duration.ofHours(2)), "Repatriation");
        NewsItem draft = news.draft("Drafted story");

        cached("/");
        news.published("Third story", NOW.minus(Duration.ofHours(1)));
        assertThat(body(get("/"))).contains("Third story");

        cached("/news/first-story");
        news.write("update news_items set title = 'First story, revised' where id = ?", first.getId());
        assertThat(title(get("/news/first-story"))).isEqualTo("First story, revised");

        cached("/");
        news.write("update news_items set status = 'PUBLISHED', published_at = ? where id = ?",
                Timestamp.from(NOW.minus(Duration.ofMinutes(5))), draft.getId());
        assertThat(body(get("/"))).contains("Drafted story");

        cached("/tags/border-management");
        news.write("update tags set name = 'Borders' where slug = 'border-management'");
        assertThat(title(get("/tags/border-management"))).isEqualTo("Topic: Borders");

        cached("/tags/repatriation");
        news.write("insert into news_item_tags (news_item_id, tag_id) select ?, id from tags where slug = 'repatriation'",
                first.getId());
        assertThat(body(get("/tags/repatriation"))).contains("First story, revised");

        cached("/news/second-story");
        news.write("update news_items set status = 'WITHDRAWN' where id = ?", second.getId());
        assertThat(get("/news/second-story").statusCode()).isEqualTo(410);

        cached("/");
        news.write("delete from news_items where id = ?", second.getId());
        assertThat(body(get("/"))).doesNotContain("Second story");

        // Old addresses show on no page, but answer 301: stored pages are revalidated all the same.
        String etag = cached("/").headers().firstValue("ETag").orElseThrow();
        news.write("insert into news_item_slugs (slug, news_item_id, retired_at) values ('first', ?, now())", first.getId());
        assertThat(get("/", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(get("/news/first").statusCode()).isEqualTo(301);

        etag = cached("/").headers().firstValue("ETag").orElseThrow();
        news.write("insert into tag_slugs (slug, tag_id, retired_at) select 'fronteras', id, now() from tags "
                + "where slug = 'border-management'");
        assertThat(get("/", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(get("/tags/fronteras").statusCode()).isEqualTo(301);
    }

    /**
     * Without the listener (stopped here, while the content version is still trusted), a write
     * from outside goes unseen, and one this instance commits shows all the same: it does not
     * wait for, nor depend on, the notification.
     */
    @Test
    void thisInstancesOwnCommitsShowWithoutWaitingForTheNotification() throws SQLException {
        NewsItem item = news.published("Workshop on return", NOW.minus(Duration.ofHours(1)));
        listener.stop();
        try {
            versions.watch();
            cached("/news/workshop-on-return");

            outside("update news_items set title = 'Heard by nobody' where id = " + item.getId());
            assertThat(title(readingNothing(() -> get("/news/workshop-on-return")))).isEqualTo("Workshop on return");

            news.write("update news_items set title = 'Workshop on assisted voluntary return' where id = ?", item.getId());
            assertThat(title(get("/news/workshop-on-return"))).isEqualTo("Workshop on assisted voluntary return");
        }
        finally {
            versions.unwatch();
            listener.start();
            awaitListening();
        }
    }

    /** The editor's path: a change saved in the admin screens shows on the very next public request. */
    @Test
    void anEditorSeesTheirChangeOnTheNextRequest() {
        news.published("Border officers trained", NOW.minus(Duration.ofHours(1)), "Border management");
        cached("/news/border-officers-trained");
        users.editor("ana@example.org", "Ana Rojas");
        FormClient editor = signedIn("ana@example.org");
        Document tags = FormClient.html(editor.get("/admin/tags"));
        Document form = FormClient.html(editor.get(tags.select("a[href^=/admin/tags/]").first().attr("href")));

        HttpResponse<String> saved = editor.submit(form, "#rename-form", Map.of("name", "Border control", "slug", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(body(get("/news/border-officers-trained"))).contains(">Border control<");
    }

    /** Writes from anywhere else (another instance, an import, psql): heard through LISTEN/NOTIFY. */
    @Test
    void writesFromOutsideThisInstanceShowWithinTwoSeconds() throws SQLException {
        NewsItem item = news.published("Regional dialogue", NOW.minus(Duration.ofHours(2)), "Migration governance");
        news.published("Another story", NOW.minus(Duration.ofHours(1)));

        cached("/news/regional-dialogue");
        outside("update news_items set title = 'Regional dialogue on migration' where id = " + item.getId());
        assertShowsWithin("/news/regional-dialogue", body -> heading(body).equals("Regional dialogue on migration"));

        cached("/tags/migration-governance");
        outside("update tags set name = 'Governance' where slug = 'migration-governance'");
        assertShowsWithin("/tags/migration-governance", body -> heading(body).equals("Topic: Governance"));

        cached("/");
        outside("delete from news_items where slug = 'another-story'");
        assertShowsWithin("/", body -> !body.contains("Another story"));
    }

    @Test
    void afterLosingItsListeningConnectionTheCacheAsksTheDatabaseUntilItListensAgain() throws SQLException {
        NewsItem item = news.published("Shelter opens", NOW.minus(Duration.ofHours(1)));
        cached("/news/shelter-opens");
        long listener = listeningBackend();

        outside("select pg_terminate_backend(" + listener + ")");
        outside("update news_items set title = 'Shelter opens in Tapachula' where id = " + item.getId());

        // Not heard by anyone: shown because nothing is trusted while the connection is down, or
        // because everything is forgotten when it is back.
        assertShowsWithin("/news/shelter-opens", body -> body.contains("Shelter opens in Tapachula"));
        Eventually.within(Duration.ofSeconds(10), () -> listeningBackend() != listener && listeningBackend() != 0);
        outside("update news_items set title = 'Shelter opens in Tapachula, Mexico' where id = " + item.getId());
        assertShowsWithin("/news/shelter-opens", body -> body.contains("Shelter opens in Tapachula, Mexico"));
        Eventually.within(Duration.ofSeconds(5), () -> {
            get("/news/shelter-opens");
            return statements(() -> get("/news/shelter-opens")) == 0;
        });
        readingNothing(() -> get("/news/shelter-opens"));
    }

    @Test
    void aSignedInEditorIsServedStoredPagesButWhatIsRenderedForThemIsNotStored() {
        news.published("Consular services", NOW.minus(Duration.ofHours(1)));
        users.editor("ana@example.org", "Ana Rojas");
        FormClient editor = signedIn("ana@example.org");

        assertThat(editor.get("/news/consular-services").statusCode()).isEqualTo(200);
        assertThat(statements(() -> get("/news/consular-services"))).as("rendered again for a reader").isPositive();
        assertThat(statements(() -> editor.get("/news/consular-services"))).as("the reader's copy, for the editor").isZero();
    }

    @Test
    void errorsRedirectsAndRefusalsAreNeverStored() {
        NewsItem item = news.published("Moved story", NOW.minus(Duration.ofHours(2)));
        news.renameSlug(item, "story-that-moved");
        news.withdrawn("Withdrawn story", NOW.minus(Duration.ofHours(3)), "Published by mistake.");

        for (String path : List.of("/news/no-such-story", "/page/99", "/news/moved-story", "/news/withdrawn-story")) {
            int status = get(path).statusCode();
            assertThat(status).as(path).isIn(301, 404, 410);
            assertThat(get(path).statusCode()).as(path).isEqualTo(status);
            assertThat(pages.get("http:" + path)).as(path + " stored").isNull();
        }
        assertThat(pages.get("http:/news/story-that-moved")).isNull();
        get("/news/story-that-moved");
        assertThat(pages.get("http:/news/story-that-moved")).isNotNull();
    }

    // Helpers.

    /** Eleven items (two pages) in June 2026, one with a body long enough to be compressed. */
    private void publishSomeNews() {
        news.publishedSeries(10, NOW.minus(Duration.ofHours(30)), "Border management");
        news.withBody("The item", NOW.minus(Duration.ofHours(2)),
                "A body long enough to be worth compressing. ".repeat(40),
                "<p>" + "A body long enough to be worth compressing. ".repeat(40) + "</p>");
    }

    /** Waits until the listener listens (after a test stopped it or cut its connection): only then is anything cached. */
    private void awaitListening() {
        Eventually.within(Duration.ofSeconds(10), () -> {
            versions.current();
            return versions.remembered() != null;
        });
    }

    /** Asks for a page twice: the second answer must come from the cache. */
    private HttpResponse<byte[]> cached(String path) {
        assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        HttpResponse<byte[]> stored = readingNothing(() -> get(path));
        assertThat(stored.statusCode()).as(path).isEqualTo(200);
        return stored;
    }

    /**
     * Sends a request while another connection holds every content table locked, and checks that
     * Hibernate prepared nothing: only an answer that reads nothing from the database comes back
     * (anything else waits for the lock, and the request times out).
     */
    private <T> T readingNothing(Supplier<T> request) {
        JdbcConnectionDetails database = TestDatabase.connection();
        try (Connection locker = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                database.getPassword())) {
            locker.setAutoCommit(false);
            for (int attempt = 1; ; attempt++) {
                // Any commit in the application forgets the version (Spring Session's clean-up
                // does, once a minute): the next request reads it again, by design. Read it now,
                // before the tables are locked, and start again if something forgot it meanwhile.
                versions.current();
                try (Statement statement = locker.createStatement()) {
                    statement.execute("set local lock_timeout = '5s'");
                    statement.execute("lock table content_version, news_items, tags, news_item_tags, news_item_slugs, "
                            + "tag_slugs in access exclusive mode");
                }
                if (versions.remembered() != null || attempt == 3) {
                    break;
                }
                locker.rollback();
            }
            long[] statements = new long[1];
            T response = counting(statements, request);
            assertThat(statements[0]).as("statements prepared for a cached answer").isZero();
            locker.rollback();
            return response;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T counting(long[] statements, Supplier<T> request) {
        statementLog.clear();
        T response = request.get();
        statements[0] = statementLog.all().size();
        return response;
    }

    private long statements(Runnable request) {
        long[] statements = new long[1];
        counting(statements, () -> {
            request.run();
            return null;
        });
        return statements[0];
    }

    /** A statement from a plain connection of its own, outside this application, as psql would send it. */
    private static void outside(String sql) throws SQLException {
        JdbcConnectionDetails database = TestDatabase.connection();
        try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                database.getPassword()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The backend process of this application's listening connection, or 0 when there is none.
     * Found by its name alone: its last query is the LISTEN only until, after five quiet seconds
     * (a slow, busy machine has them), it checks the connection with an empty query.
     */
    private static long listeningBackend() {
        JdbcConnectionDetails database = TestDatabase.connection();
        try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                database.getPassword()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select pid from pg_stat_activity where application_name = "
                     + "'newsdesk content changes' order by backend_start desc")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertShowsWithin(String path, java.util.function.Predicate<String> shows) {
        long start = System.nanoTime();
        Eventually.within(NOTICE, () -> shows.test(body(get(path))));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NOTICE);
    }

    /** The fields every Vary header names, in order, lower-case (Tomcat may join them into one header). */
    static List<String> varyFields(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream().flatMap(vary -> java.util.Arrays.stream(vary.split(",")))
                .map(field -> field.trim().toLowerCase(java.util.Locale.ROOT)).filter(field -> !field.isEmpty()).toList();
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private java.net.URI uri(String path) {
        return java.net.URI.create("http://localhost:" + port + path);
    }

    /** Every header but Date and those about the connection (Tomcat closes one after 100 requests), by lower-case name. */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        headers.remove("connection");
        headers.remove("keep-alive");
        return headers;
    }

    /** The body as text, inflated if it came compressed. */
    private static String text(HttpResponse<byte[]> response) {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return text(response);
    }

    private static String title(HttpResponse<byte[]> response) {
        return heading(body(response));
    }

    private static String heading(String html) {
        return Jsoup.parse(html).select("h1").text();
    }
}
