package org.newsdesk.hostile;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.accounts.TestUsers;
import org.newsdesk.news.NewsItem;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test or more for each class of issue 12 that a stranger can reach without signing in: what
 * the report saw, now answered as it must be (the generated {@link HostileInputIT} covers the
 * same classes across every URL pattern).
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputClassesIT extends IntegrationTest {

    static final String EDITOR = "ana.rojas@example.org";

    RawHttp raw;

    @BeforeEach
    void setUp() {
        users.editor(EDITOR, "Ana Rojas");
        jdbc.sql("delete from login_failures").update();
        jdbc.sql("delete from login_locks").update();
        raw = new RawHttp(port);
    }

    // Class 1: malformed input is a 400 or 404 with the site's page and at most one WARN line.

    @Test
    void malformedPageNumbersAndParametersAreTheSites400PageWithOneWarning(CapturedOutput log) {
        for (String target : List.of("/?page=%", "/?page=%zz", "/tags/mexico?page=%", "/archive/2017?page=%zz",
                "/search?q=%FF", "/search?q=%", "/search?q=%ED%A0%80", "/search?q=%C0%80")) {
            int logStart = log.getOut().length();

            RawHttp.Response response = raw.get(target);

            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(page(response).selectFirst("h1").text()).isEqualTo("This page cannot be shown");
            assertThat(response.header("cache-control")).isEqualTo("no-store");
            String logged = log.getOut().substring(logStart);
            assertThat(logged.lines().filter(line -> line.contains(" WARN ")).count()).as(logged).isEqualTo(1);
            assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
        }
    }

    @Test
    void aSitemapPartPastAnyPossibleOffsetAndTheErrorPathItselfAreNotFound() {
        for (String target : List.of("/sitemap-news-2017-12-42951.xml", "/sitemap-news-2017-12-9999999.xml", "/error")) {
            RawHttp.Response response = raw.get(target);

            assertThat(response.status()).as(target).isEqualTo(404);
            assertThat(page(response).selectFirst("h1").text()).isEqualTo("Page not found");
        }
    }

    @Test
    void aNulByteInTheSignInFormIsAFailedSignInLikeAnyOther(CapturedOutput log) {
        HttpResponse<String> response = new FormClient(port).signIn("ana.rojas\0@example.org", "x\0y");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?error");
        assertThat(jdbc.sql("select account from login_failures").query(String.class).single())
                .isEqualTo("ana.rojas\uFFFD@example.org");
        assertThat(log.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void oversizedRequestsOfEveryKindGetTheSites413Page() {
        byte[] form = ("email=" + "x".repeat(3_000_000)).getBytes(StandardCharsets.US_ASCII);
        byte[] multipart = ("--B\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n" + "x".repeat(3_000_000) + "\r\n--B--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        List<RawHttp.Response> responses = List.of(
                raw.post("/login", "application/x-www-form-urlencoded", form),
                raw.post("/login", "multipart/form-data; boundary=B", multipart),
                raw.get("/", "X-Padding", "p".repeat(50_000)));
        for (RawHttp.Response response : responses) {
            assertThat(response.status()).isEqualTo(413);
            assertThat(page(response).selectFirst("h1").text()).isEqualTo("Too much was sent");
            assertThat(response.body()).contains("Test News").doesNotContain("Tomcat");
        }
        RawHttp.Response longQuery = raw.get("/search?q=" + "q".repeat(10_000));
        assertThat(longQuery.status()).isIn(400, 414);
        assertThat(page(longQuery).select("header .site-name").text()).isEqualTo("Test News");
        assertThat(longQuery.body()).doesNotContain("Tomcat");
    }

    // Class 4: forged Host and forwarded headers.

    @Test
    void aForgedHostNeverReachesARedirectNotEvenTheOneAfterSignIn() {
        RawHttp.Response admin = raw.get("/admin", "Host", "evil.example");
        assertThat(admin.status()).isEqualTo(302);
        assertThat(admin.header("location")).isEqualTo("/login");
        assertThat(raw.get("/admin", "X-Forwarded-Host", "evil.example").header("location")).isEqualTo("/login");

        // Spring Security remembers the page asked for, by its full URL, and returns there after sign-in.
        String session = cookie(admin);
        RawHttp.Response login = raw.get("/login", "Host", "evil.example", "Cookie", session);
        String token = page(login).selectFirst("input[name=_csrf]").attr("value");
        RawHttp.Response signedIn = raw.post("/login", "application/x-www-form-urlencoded",
                ("email=" + EDITOR.replace("@", "%40") + "&password=" + TestUsers.PASSWORD.replace(" ", "+") + "&_csrf=" + token)
                        .getBytes(StandardCharsets.US_ASCII),
                "Host", "evil.example", "X-Forwarded-Host", "evil.example", "Cookie", session);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("location")).isEqualTo("/admin?continue");
    }

    @Test
    void aForwardedPrefixNeverReachesAPublicRedirect() {
        NewsItem item = news.published("Border health", NOW.minus(Duration.ofDays(1)));

        RawHttp.Response response = raw.get("/news/" + item.getSlug().toUpperCase(), "X-Forwarded-Prefix", "/evil");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("location")).isEqualTo("/news/" + item.getSlug());
    }

    @Test
    void theSignInLimitCountsTheAddressTheTrustedProxySawNotTheOneTheClientClaims() {
        FormClient client = new FormClient(port);
        for (int i = 1; i <= 3; i++) {
            // A client sends "X-Forwarded-For: 203.0.113.i"; the proxy (here: loopback, trusted) appends the address it saw.
            client.withHeader("X-Forwarded-For", "203.0.113." + i + ", 198.51.100.7").signIn(EDITOR, "wrong password " + i);
            client = new FormClient(port);
        }

        assertThat(jdbc.sql("select distinct client_address from login_failures").query(String.class).list())
                .containsExactly("198.51.100.7");
    }

    @Test
    void hstsOnlyWhenATrustedProxySaysTheRequestCameOverHttps() {
        RawHttp.Response https = raw.get("/", "X-Forwarded-Proto", "https");
        RawHttp.Response http = raw.get("/");

        assertThat(https.header("strict-transport-security")).startsWith("max-age=31536000");
        assertThat(http.header("strict-transport-security")).isNull();
    }

    // Class 5: script in RSS.

    @Test
    void aScriptInASummaryReachesRssReadersAsTextInEveryRssFeed() throws Exception {
        NewsItem item = news.published("Plain title", NOW.minus(Duration.ofHours(1)), "Mexico");
        news.write("update news_items set summary = ? where id = ?",
                "Officials <script>alert(1)</script> met <img src=x onerror=alert(2)> & agreed.", item.getId());

        for (String path : List.of("/feed.xml", "/tags/mexico/feed.xml")) {
            HttpResponse<String> response = new FormClient(port).get(path);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            // What a reader gets once the XML is read, and then takes as HTML.
            String description = feed.getEntries().get(0).getDescription().getValue();

            assertThat(description).as(path)
                    .isEqualTo("Officials &lt;script&gt;alert(1)&lt;/script&gt; met &lt;img src=x onerror=alert(2)&gt; &amp; agreed.");
            assertThat(Jsoup.parse(description).text())
                    .isEqualTo("Officials <script>alert(1)</script> met <img src=x onerror=alert(2)> & agreed.");
        }
    }

    private static Document page(RawHttp.Response response) {
        assertThat(response.header("content-type")).startsWith("text/html");
        return Jsoup.parse(response.body());
    }

    private static String cookie(RawHttp.Response response) {
        String setCookie = response.header("set-cookie");
        assertThat(setCookie).isNotNull();
        return setCookie.split(";", 2)[0];
    }

}
