package org.newsdesk.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.AdminClient;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.news.NewsItem;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The site as an attacker tries it from outside: every public URL pattern with every payload of
 * a list (malformed percent-encoding, bytes that are not UTF-8, NUL, numbers out of range, path
 * tricks, script), forged Host and forwarded headers, oversized request lines, headers and bodies,
 * and sign-in with broken input, over real HTTP (a hand-written socket client, so nothing is
 * cleaned up on the way). Each case asserts what anyone would see: no 5xx, no payload back
 * unescaped, no Location or link to another host, the site's own page for every refusal, no
 * ERROR line with a stack trace in the log, and no item created. At the end, every URL the
 * archive and the sitemaps link to answers 200, with script-bearing items published.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT extends IntegrationTest {

    static final String BASE = "https://news.example.org";

    /** Script as editors' and readers' text might carry it; none may ever come back as markup. */
    static final List<String> SCRIPT = List.of(
            "<script>hostile(1)</script>",
            "\"><img src=x onerror=hostile(2)>",
            "'><svg onload=hostile(3)>",
            "</title><script>hostile(4)</script>",
            "]]><script>hostile(5)</script>",
            "javascript:hostile(6)//<a href=x>",
            "<iframe srcdoc=hostile(7)>");

    /** Markup that must never appear in a response (the script payloads as markup). */
    static final List<String> NEVER_RAW = List.of("<script>hostile", "<img src=x onerror", "<svg onload", "<iframe srcdoc",
            "<a href=x>");

    /** What goes into a path segment or a parameter, exactly as sent on the request line. */
    static final List<String> RAW_PAYLOADS = List.of(
            "%", "%zz", "%FF", "%ED%A0%80", "%C0%80", "%00", "%0d%0aSet-Cookie:%20x=1", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "..%2F..%2Fadmin", "-1", "0", "00", "2147483648", "99999999999999999999", "1e3", "%E2%80%8B", "%C3%91and%C3%BA",
            "a".repeat(3000), "%3Bjsessionid%3Dx", "%2F%2Fevil.example");

    static final List<String> PATTERNS = List.of(
            "/{x}", "/page/{x}", "/news/{x}", "/tags/{x}", "/tags/{x}/page/2", "/tags/topic/page/{x}", "/tags/{x}/feed.xml",
            "/tags/{x}/atom.xml", "/archive/{x}", "/archive/2020/{x}", "/archive/2020/{x}/page/2", "/sitemaps/{x}",
            "/sitemap-{x}", "/sitemap-news-2020-01-{x}.xml", "/?page={x}", "/tags/topic?page={x}", "/archive/2020?page={x}",
            "/search?q={x}", "/search?q=border&page={x}&year={x}&tag={x}", "/login?error={x}", "/news/{x}?utm={x}");

    static final List<String> FORGED_HEADERS = List.of(
            "Host", "evil.example",
            "X-Forwarded-Host", "evil.example",
            "X-Forwarded-Prefix", "/evil",
            "X-Forwarded-Port", "6666",
            "Forwarded", "host=evil.example;proto=https;for=198.51.100.66",
            "X-Forwarded-Server", "evil.example",
            "X-Original-URL", "/evil",
            "X-Rewrite-URL", "/evil");

    static final Pattern ERROR_WITH_TRACE = Pattern.compile("(?m)^\\S+\\s+ERROR .*\\R(?:.*\\R){0,3}?\\s+at [a-z]");

    RawHttp raw;

    NewsItem scripted;

    @BeforeEach
    void publishScriptBearingItems() {
        raw = new RawHttp(port);
        for (int i = 0; i < SCRIPT.size(); i++) {
            NewsItem item = news.published(SCRIPT.get(i) + " title " + i, NOW.minus(Duration.ofDays(400L * i + 1)),
                    "Topic", SCRIPT.get(i));
            if (i == 0) {
                scripted = item;
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPublicUrlPatternWithEveryPayload(CapturedOutput log) {
        List<DynamicTest> cases = new ArrayList<>();
        List<String> payloads = new ArrayList<>(RAW_PAYLOADS);
        SCRIPT.forEach(script -> payloads.add(URLEncoder.encode(script, StandardCharsets.UTF_8)));
        for (String pattern : PATTERNS) {
            for (String payload : payloads) {
                String target = pattern.replace("{x}", payload);
                cases.add(check("GET " + shortened(target), log, () -> raw.get(target)));
            }
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> forgedHostAndForwardedHeadersNeverReachALinkOrARedirect(CapturedOutput log) {
        String upperCaseSlug = "/news/" + scripted.getSlug().toUpperCase(java.util.Locale.ROOT);
        List<String> targets = List.of("/admin", "/admin/items", upperCaseSlug, "/tags/", "/?page=2", "/", "/feed.xml", "/atom.xml",
                "/sitemap.xml", "/sitemap-pages.xml", "/login", "/news/" + scripted.getSlug());
        List<DynamicTest> cases = new ArrayList<>();
        for (String target : targets) {
            for (int h = 0; h < FORGED_HEADERS.size(); h += 2) {
                String name = FORGED_HEADERS.get(h);
                String value = FORGED_HEADERS.get(h + 1);
                cases.add(check("GET " + target + " with " + name + ": " + value, log, () -> {
                    RawHttp.Response response = raw.get(target, name, value);
                    assertThat(response.body()).doesNotContain("evil.example").doesNotContain("/evil/");
                    String location = response.header("location");
                    if (location != null) {
                        assertThat(location).doesNotContain("evil").doesNotContain("6666");
                    }
                    return response;
                }));
            }
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> oversizedRequestsGetTheSitesOwnPage(CapturedOutput log) {
        byte[] urlEncoded = ("email=" + "x".repeat(5_000_000) + "&password=x").getBytes(StandardCharsets.US_ASCII);
        byte[] multipartField = multipart("email", null, "x".repeat(5_000_000));
        // Past the largest request any form takes (spring.servlet.multipart.max-request-size: 100 MB = 104,857,600 bytes).
        byte[] multipartFile = multipart("file", "big.txt", "x".repeat(110_000_000));
        StringBuilder manyParameters = new StringBuilder("q=a");
        for (int i = 0; i < 20_000; i++) {
            manyParameters.append("&p").append(i).append("=1");
        }
        List<DynamicTest> cases = new ArrayList<>();
        cases.add(refusal("a 10,000-character search", log, () -> raw.get("/search?q=" + "a".repeat(10_000))));
        cases.add(refusal("a 20 KB header", log, () -> raw.get("/", "X-Padding", "b".repeat(20_000))));
        cases.add(refusal("a 200 KB header", log, () -> raw.get("/", "X-Padding", "b".repeat(200_000))));
        cases.add(refusal("a 5 MB form", log, () -> raw.post("/login", "application/x-www-form-urlencoded", urlEncoded)));
        cases.add(refusal("a 5 MB multipart field", log,
                () -> raw.post("/login", "multipart/form-data; boundary=HostileBoundary", multipartField)));
        cases.add(refusal("a 110 MB multipart file", log,
                () -> raw.post("/login", "multipart/form-data; boundary=HostileBoundary", multipartFile)));
        cases.add(refusal("20,000 parameters", log, () -> raw.get("/search?" + manyParameters.substring(0, 7000))));
        cases.add(refusal("20,000 form parameters", log, () -> raw.post("/login", "application/x-www-form-urlencoded",
                manyParameters.toString().getBytes(StandardCharsets.US_ASCII))));
        cases.add(refusal("an invalid path", log, () -> raw.get("/news/%zz")));
        cases.add(refusal("a bare % in the path", log, () -> raw.get("/%")));
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> signInWithBrokenInputIsRefusedCleanly(CapturedOutput log) {
        List<DynamicTest> cases = new ArrayList<>();
        // Through the real form, with its CSRF token: what reaches the authentication itself.
        List<String> typed = new ArrayList<>(List.of("a\0b@example.org", "\0", "x".repeat(5000), "\u200B@example.org",
                "\uD800@example.org", "ana@example.org\r\nSet-Cookie: x=1", "' or 1=1 --@example.org"));
        typed.addAll(SCRIPT);
        for (String email : typed) {
            cases.add(DynamicTest.dynamicTest("sign in as " + shortened(email), () -> {
                int logStart = log.getOut().length();
                HttpResponse<String> response = new FormClient(port).signIn(email, "wrong\0password");
                assertThat(response.statusCode()).isEqualTo(302);
                // Wrong, or refused outright once this address has failed five times: never more than that.
                assertThat(response.headers().firstValue("Location").orElseThrow()).isIn("/login?error", "/login?locked");
                assertThat(ERROR_WITH_TRACE.matcher(log.getOut().substring(logStart)).find()).isFalse();
            }));
        }
        // Sent by hand: malformed encodings are refused before anything reads them.
        List<String> emails = new ArrayList<>(List.of("a%00b%40example.org", "%FF", "%", "%C0%80", "%ED%A0%80"));
        SCRIPT.forEach(script -> emails.add(URLEncoder.encode(script, StandardCharsets.UTF_8)));
        for (String email : emails) {
            cases.add(check("POST /login email=" + shortened(email), log, () -> {
                long before = news.count();
                RawHttp.Response response = raw.post("/login", "application/x-www-form-urlencoded",
                        ("email=" + email + "&password=wrong%00password").getBytes(StandardCharsets.US_ASCII));
                assertThat(news.count()).isEqualTo(before);
                return response;
            }));
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyUrlInTheArchiveAndTheSitemapsAnswers200(CapturedOutput log) {
        // The first day of the range every date is held to (site.DateRange), in the site's time zone, through the form.
        assertThat(admin.post("/admin/items", "title", "The first day", "summary", "1 January 1900.", "date", "1900-01-01",
                "time", "00:00", "action", "publish").status()).isEqualTo(302);
        // And through the JSON import, an instant that is still 1900 in Costa Rica.
        assertThat(admin.upload("/admin/transfer/json", new MockMultipartFile("file", "export.json", "application/json", """
                {"format": "newsdesk-items", "version": 1, "items": [{"slug": "early", "title": "Early", "summary": "S.",
                 "status": "PUBLISHED", "publishedAt": "1900-01-01T06:00:00Z"}]}""".getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(200);
        Set<String> urls = new LinkedHashSet<>();
        RawHttp.Response archive = raw.get("/archive");
        assertThat(archive.status()).isEqualTo(200);
        Matcher links = Pattern.compile("href=\"(/archive/[^\"]*)\"").matcher(archive.body());
        while (links.find()) {
            urls.add(links.group(1));
        }
        List<String> sitemaps = locations(raw.get("/sitemap.xml").body());
        assertThat(sitemaps).isNotEmpty();
        for (String sitemap : sitemaps) {
            urls.add(sitemap);
            urls.addAll(locations(raw.get(sitemap).body()));
        }
        urls.addAll(locations(raw.get("/news-sitemap.xml").body()));
        assertThat(urls).hasSizeGreaterThan(2 * SCRIPT.size()).contains("/archive/1900", "/archive/1900/01", "/sitemap-news-1900-01.xml");
        return urls.stream().map(url -> check("GET " + url + " answers 200", log, () -> {
            RawHttp.Response response = raw.get(url);
            assertThat(response.status()).isEqualTo(200);
            return response;
        }));
    }

    /** What editors and files may carry besides script: NUL, text that only looks like text, dates no archive has, template syntax, paths, sizes past every limit. */
    static final List<String> EDITOR_PAYLOADS = List.of(
            "a\0b", "\0", "\u200B\u200B\uFEFF", "\u00A0\u3000\u2002", "Migrac\u0301io\u0301n", "0000-01-01", "-0001-06-01",
            "+294277-01-01", "2201-01-01", "1899-12-31", "${7*7}", "[[${T(java.lang.System).getenv()}]]", "__${7*7}__::x",
            "../../etc/passwd", "' or 1=1 --", "line\r\nbreak", "%zz", "x".repeat(5000), "\u202Eevil", "99999999999999999999");

    /** Payloads that a field of this name must refuse: nothing is written, the page says why. */
    static boolean mustRefuse(String field, String payload) {
        boolean blank = payload.chars().allMatch(c -> Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
        return switch (field) {
            case "title", "summary", "name", "displayName", "createdBy", "tagName" -> blank || payload.contains("\0") || payload.length() > 1000;
            // No payload is a date in range (1900 to 2200) nor an instant, a status, a version.
            case "date" -> !blank;
            case "publishedAt", "status", "version" -> true;
            case "body" -> payload.contains("\0");
            case "slug" -> !blank && !payload.matches("[a-z0-9]+(-[a-z0-9]+)*");
            default -> false;
        };
    }

    /** A value of the wrong kind for the field of an item, except text where text belongs and empty lists. */
    static boolean mustRefuseKind(String field, String value) {
        boolean text = value.startsWith("\"") && (field.equals("title") || field.equals("summary"));
        boolean noList = (value.equals("null") || value.equals("[]")) && (field.equals("tags") || field.equals("oldSlugs"));
        return !text && !noList;
    }

    /**
     * Every admin form (items new and edited, topics, users, the editor's password) and both
     * imports (pasted and uploaded text, previewed and confirmed; JSON, with each payload in each
     * text field and each date, and as a value of the wrong kind), each field with every payload,
     * and parameters that are no field of the form. Each answer is below 500, carries no payload
     * as markup, logs no ERROR with a trace, and writes nothing when it refuses.
     */
    @TestFactory
    Stream<DynamicTest> everyAdminFormAndBothImportsWithEveryPayload(CapturedOutput log) {
        long draft = news.draft("A draft to edit", "Topic").getId();
        long tag = jdbc.sql("select id from tags order by id limit 1").query(Long.class).single();
        long user = users.editor("someone@example.org", "Someone");
        List<String> payloads = new ArrayList<>(SCRIPT);
        payloads.addAll(EDITOR_PAYLOADS);
        List<DynamicTest> cases = new ArrayList<>();
        // Each form with valid values, in order; every field is sent with every payload.
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/admin/items", AdminClient.params("title", "New", "summary", "S.", "date", "", "time", "", "body", "", "tags", "",
                "slug", "", "withdrawalNote", "", "creationToken", "", "action", "save"));
        forms.put("/admin/items/" + draft, AdminClient.params("title", "Edited", "summary", "S.", "date", "", "time", "",
                "tags", "Topic", "version", "0", "action", "save"));
        forms.put("/admin/tags/" + tag, AdminClient.params("name", "Topic", "slug", "topic"));
        forms.put("/admin/users", AdminClient.params("email", "new@example.org", "displayName", "New", "role", "EDITOR",
                "password", "a long enough password", "passwordConfirmation", "a long enough password"));
        forms.put("/admin/users/" + user, AdminClient.params("displayName", "Someone", "role", "EDITOR"));
        forms.forEach((path, valid) -> {
            for (String field : valid.keySet()) {
                if (List.of("action", "password", "passwordConfirmation").contains(field)) {
                    continue;
                }
                for (String payload : payloads) {
                    Map<String, String> sent = new LinkedHashMap<>(valid);
                    sent.put(field, payload);
                    cases.add(admin("POST " + path + " " + field + "=" + shortened(payload), log, mustRefuse(field, payload),
                            () -> adminPost(path, sent, null)));
                }
            }
            for (String extra : List.of("title[0]", "tags[0].name", "name[0]", "class.module.classLoader.defaultAssertionStatus",
                    "form.title", "version[]")) {
                Map<String, String> sent = new LinkedHashMap<>(valid);
                sent.put(extra, "x");
                cases.add(admin("POST " + path + " with " + extra, log, false, () -> adminPost(path, sent, null)));
            }
        });
        for (String payload : payloads) {
            String asTitle = "4 December, 2017\n" + payload + "\n\nA summary.\n";
            String asDate = payload + " 2017\nA title\n\nA summary.\n";
            for (String text : List.of(asTitle, asDate)) {
                cases.add(admin("text import preview of " + shortened(text), log, true,
                        () -> adminPost("/admin/transfer/text", Map.of("text", text, "as", "published"), null)));
                cases.add(admin("text import file of " + shortened(text), log, true, () -> adminPost("/admin/transfer/text",
                        Map.of("as", "draft"), new MockMultipartFile("file", payload + ".txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))));
                cases.add(admin("text import confirmed of " + shortened(text), log, mustRefuse("title", payload),
                        () -> adminPost("/admin/transfer/text/confirm", Map.of("text", text, "as", "published"), null)));
            }
            String quoted = "\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"").replace("\0", "\\u0000")
                    .replace("\r", "\\r").replace("\n", "\\n") + "\"";
            for (String field : List.of("title", "summary", "body", "slug", "status", "publishedAt", "createdBy", "tags", "version")) {
                String file = field.equals("version")
                        ? "{\"format\": \"newsdesk-items\", \"version\": " + quoted + ", \"items\": []}"
                        : jsonItem(field, field.equals("tags") ? "[{\"name\": " + quoted + "}]" : quoted);
                cases.add(admin("JSON import with " + field + "=" + shortened(payload), log,
                        mustRefuse(field.equals("tags") ? "tagName" : field, payload),
                        () -> adminPost("/admin/transfer/json", Map.of(), new MockMultipartFile("file", "export.json", "application/json",
                                file.getBytes(StandardCharsets.UTF_8)))));
            }
        }
        for (String wrongKind : List.of("12345", "1.5", "true", "null", "[]", "{}", "\"1\"", "-1e400", "1512403200")) {
            for (String field : List.of("title", "summary", "status", "publishedAt", "tags", "oldSlugs")) {
                String file = jsonItem(field, wrongKind);
                cases.add(admin("JSON import with " + field + ": " + wrongKind, log, mustRefuseKind(field, wrongKind),
                        () -> adminPost("/admin/transfer/json", Map.of(), new MockMultipartFile("file", "export.json", "application/json",
                                file.getBytes(StandardCharsets.UTF_8)))));
            }
        }
        for (String parameter : List.of("q", "tag", "status", "page")) {
            for (String payload : payloads) {
                cases.add(admin("GET /admin/items?" + parameter + "=" + shortened(payload), log, true,
                        () -> new AdminClient.Response(mvc.get().uri("/admin/items").param(parameter, payload)
                                .with(user("admin@example.org").roles("ADMIN")).exchange())));
            }
        }
        return cases.stream();
    }

    private static String jsonItem(String field, String value) {
        Map<String, String> item = new LinkedHashMap<>(Map.of("slug", "\"imported\"", "title", "\"Imported\"",
                "summary", "\"S.\"", "status", "\"PUBLISHED\"", "publishedAt", "\"2017-12-04T16:00:00Z\""));
        item.put(field, value);
        return item.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{\"format\": \"newsdesk-items\", \"version\": 1, \"items\": [{", "}]}"));
    }

    private AdminClient.Response adminPost(String path, Map<String, String> params, MockMultipartFile file) {
        if (file != null) {
            var upload = mvc.post().uri(path).multipart().file(file).with(user("admin@example.org").roles("ADMIN")).with(csrf());
            params.forEach(upload::param);
            return new AdminClient.Response(upload.exchange());
        }
        var request = mvc.post().uri(path).with(user("admin@example.org").roles("ADMIN")).with(csrf());
        params.forEach(request::param);
        return new AdminClient.Response(request.exchange());
    }

    private DynamicTest admin(String name, CapturedOutput log, boolean refused, Supplier<AdminClient.Response> request) {
        return DynamicTest.dynamicTest(name, () -> {
            long items = news.count();
            int logStart = log.getOut().length();
            AdminClient.Response response = request.get();
            assertThat(response.status()).as("status").isLessThan(500);
            String body = response.body();
            for (String markup : NEVER_RAW) {
                assertThat(body).as("body").doesNotContain(markup);
            }
            assertThat(body).as("body").doesNotContain("Whitelabel").doesNotContain("at org.");
            if (refused || response.status() >= 400 || !response.html().select(".field-error, #json-error-title").isEmpty()) {
                assertThat(news.count()).as("items").isEqualTo(items);
            }
            String logged = log.getOut().substring(logStart);
            assertThat(ERROR_WITH_TRACE.matcher(logged).find()).as("an ERROR with a stack trace in:\n" + logged).isFalse();
        });
    }

    /** The paths of a sitemap's {@code <loc>}s, all on the configured site. */
    private static List<String> locations(String sitemap) {
        List<String> paths = new ArrayList<>();
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
        while (loc.find()) {
            assertThat(loc.group(1)).startsWith(BASE + "/");
            paths.add(URI.create(loc.group(1)).getRawPath());
        }
        return paths;
    }

    private DynamicTest refusal(String name, CapturedOutput log, Supplier<RawHttp.Response> request) {
        return check(name + " is refused with the site's page", log, () -> {
            RawHttp.Response response = request.get();
            assertThat(response.status()).isIn(400, 413, 414);
            assertThat(response.header("content-type")).startsWith("text/html");
            assertThat(response.body()).contains("<header class=\"site-header\">").contains("Test News")
                    .doesNotContain("Apache Tomcat").doesNotContain("Exception");
            return response;
        });
    }

    private DynamicTest check(String name, CapturedOutput log, Supplier<RawHttp.Response> request) {
        return DynamicTest.dynamicTest(name, () -> {
            long items = news.count();
            int logStart = log.getOut().length();
            RawHttp.Response response = request.get();
            assertThat(response.status()).as("status").isLessThan(500);
            for (String markup : NEVER_RAW) {
                assertThat(response.body()).as("body").doesNotContain(markup);
            }
            String location = response.header("location");
            if (location != null) {
                assertThat(location.startsWith("/") && !location.startsWith("//") || location.startsWith(BASE + "/"))
                        .as("Location " + location).isTrue();
            }
            assertThat(response.body()).as("body").doesNotContain("Whitelabel").doesNotContain("at org.");
            assertThat(news.count()).as("items").isEqualTo(items);
            String logged = log.getOut().substring(logStart);
            assertThat(ERROR_WITH_TRACE.matcher(logged).find()).as("an ERROR with a stack trace in:\n" + logged).isFalse();
        });
    }

    private static byte[] multipart(String field, String fileName, String content) {
        String disposition = "form-data; name=\"" + field + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
        return ("--HostileBoundary\r\nContent-Disposition: " + disposition + "\r\n\r\n" + content + "\r\n--HostileBoundary--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
