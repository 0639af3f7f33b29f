package org.newsdesk.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.news.NewsItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-visit language notice (issue 14): shown to a reader whose browser prefers the other
 * language than the page's, in that language, leading to the same page in it (or its home page);
 * never to crawlers or readers without the header; dismissed with a plain form that sets a cookie
 * and goes back to a path of this site only; and never a redirect.
 */
class LanguageNoticeIT extends IntegrationTest {

    static final String SPANISH_BROWSER = "es-ES,es;q=0.9,en;q=0.8";
    static final String ENGLISH_BROWSER = "en-GB,en;q=0.9,es;q=0.5";
    static final String ITEM = "/news/border-officers-trained";
    static final String SPANISH_ITEM = "/es/noticias/capacitan-a-oficiales-de-frontera";

    @BeforeEach
    void twoTranslationsAndAnUntranslatedItem() {
        Instant day = Instant.parse("2026-06-10T16:00:00Z");
        NewsItem english = news.published("Border officers trained", day, "Border management");
        NewsItem spanish = news.publishedInSpanish("Capacitan a oficiales de frontera", day, "Border management");
        news.linkTranslations(english, spanish);
        news.published("Only in English", day.minusSeconds(60));
    }

    @Test
    void aReaderWhoseBrowserPrefersSpanishIsOfferedTheSpanishPageInSpanish() {
        HttpResponse<String> response = http.get(ITEM, "Accept-Language", SPANISH_BROWSER);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Http.html(response);
        assertThat(page.select("aside.language-notice").attr("lang")).isEqualTo("es");
        assertThat(page.select("aside.language-notice p").text())
                .isEqualTo("Esta página también está en español. Leerla en español");
        assertThat(page.select("aside.language-notice a").attr("href")).isEqualTo(SPANISH_ITEM);
        assertThat(page.select("aside.language-notice form").attr("method")).isEqualTo("post");
        assertThat(page.select("aside.language-notice form").attr("action")).isEqualTo(LanguageSuggestions.DISMISS_PATH);
        assertThat(page.select("aside.language-notice input[name=back]").val()).isEqualTo(ITEM);
        // No token in a page every reader may be sent from the cache, and the page is still English.
        assertThat(page.select("aside.language-notice input[name=_csrf]")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Border officers trained");
    }

    @Test
    void aPageWithoutATranslationLeadsToTheOtherLanguagesHomePageAndSaysSo() {
        Document page = Http.html(http.get("/news/only-in-english?utm_source=mail", "Accept-Language", "es"));

        assertThat(page.select("aside.language-notice p").text())
                .isEqualTo("Esta página no está en español, pero hay noticias en español. Ir a la portada en español");
        assertThat(page.select("aside.language-notice a").attr("href")).isEqualTo("/es");
        assertThat(page.select("aside.language-notice input[name=back]").val()).isEqualTo("/news/only-in-english?utm_source=mail");
    }

    @Test
    void aSpanishPageOffersEnglishInEnglishToAReaderWhoPrefersIt() {
        Document page = Http.html(http.get(SPANISH_ITEM, "Accept-Language", ENGLISH_BROWSER));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("aside.language-notice").attr("lang")).isEqualTo("en");
        assertThat(page.select("aside.language-notice p").text()).isEqualTo("This page is also in English. Read it in English");
        assertThat(page.select("aside.language-notice a").attr("href")).isEqualTo(ITEM);
        assertThat(page.select("aside.language-notice button").text()).isEqualTo("No, thanks");
        assertThat(page.select("aside.language-notice").attr("aria-label")).isEqualTo("Language");
    }

    @Test
    void readersOfThePagesLanguageCrawlersAndBrowsersWithoutTheHeaderNeverSeeIt() {
        List<String[]> withoutNotice = List.of(new String[] {ITEM},
                new String[] {ITEM, "Accept-Language", ENGLISH_BROWSER},
                new String[] {ITEM, "Accept-Language", "fr-FR,fr;q=0.9"},
                new String[] {ITEM, "Accept-Language", "es;q=0, en"},
                new String[] {ITEM, "Accept-Language", "es-ES;q=abc"},
                new String[] {ITEM, "Accept-Language", "es", "User-Agent",
                        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
                new String[] {ITEM, "Accept-Language", "es", "User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0)"},
                new String[] {SPANISH_ITEM, "Accept-Language", SPANISH_BROWSER},
                new String[] {"/es", "Accept-Language", "es-MX"});
        for (String[] request : withoutNotice) {
            String[] headers = java.util.Arrays.copyOfRange(request, 1, request.length);
            HttpResponse<String> response = http.get(request[0], headers);
            assertThat(response.statusCode()).as(String.join(" ", request)).isEqualTo(200);
            assertThat(Http.html(response).select(".language-notice")).as(String.join(" ", request)).isEmpty();
        }
        // Of English and Spanish, the one with the higher weight counts, wherever it is listed.
        assertThat(Http.html(http.get("/", "Accept-Language", "fr, en;q=0.3, es;q=0.6")).select(".language-notice")).hasSize(1);
        assertThat(Http.html(http.get("/es/temas", "Accept-Language", "en-US")).select(".language-notice a").attr("href"))
                .isEqualTo("/tags");
    }

    @Test
    void noRedirectByLanguageAndOnlyPagesVaryByIt() {
        HttpResponse<String> page = http.get("/", "Accept-Language", "es");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(varyFields(page)).contains("accept-language", "cookie");

        for (String file : List.of("/feed.xml", "/sitemap.xml", "/robots.txt", "/es/feed.json")) {
            HttpResponse<String> response = http.get(file, "Accept-Language", "es");
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(varyFields(response)).as(file).doesNotContain("accept-language", "cookie");
        }
    }

    @Test
    void theNoticeHasAnEntityTagOfItsOwnSoThatNoCacheRevalidatesOneIntoTheOther() {
        String plain = http.get(ITEM).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> suggested = http.get(ITEM, "Accept-Language", "es");
        String withNotice = suggested.headers().firstValue("ETag").orElseThrow();

        assertThat(withNotice).isNotEqualTo(plain);
        assertThat(http.get(ITEM, "Accept-Language", "es", "If-None-Match", plain).statusCode()).isEqualTo(200);
        assertThat(http.get(ITEM, "If-None-Match", withNotice).statusCode()).isEqualTo(200);
        HttpResponse<String> notModified = http.get(ITEM, "Accept-Language", "es", "If-None-Match", withNotice);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(varyFields(notModified)).contains("accept-language", "cookie");
    }

    @Test
    void dismissingSetsACookieAndGoesBackToThePageWhichThenHasNoNotice() {
        HttpResponse<String> dismissed = post("back=" + ITEM + "%3Futm_source%3Dmail");

        assertThat(dismissed.statusCode()).isEqualTo(303);
        assertThat(dismissed.headers().firstValue("Location")).hasValue(ITEM + "?utm_source=mail");
        String cookie = dismissed.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(LanguageSuggestions.COOKIE + "=").contains("Path=/").contains("Max-Age=31536000")
                .contains("HttpOnly").contains("SameSite=Lax");
        assertThat(dismissed.headers().firstValue("Cache-Control")).hasValue("no-store");

        String sent = cookie.substring(0, cookie.indexOf(';'));
        Document after = Http.html(http.get(ITEM, "Accept-Language", SPANISH_BROWSER, "Cookie", sent));
        assertThat(after.select(".language-notice")).isEmpty();
        assertThat(after.select(".language-switch a").attr("href")).isEqualTo(SPANISH_ITEM);
        assertThat(Http.html(http.get(SPANISH_ITEM, "Accept-Language", "en", "Cookie", sent)).select(".language-notice")).isEmpty();
    }

    @Test
    void theNoticeGoesBackOnlyToAPathOfThisSiteAndSetsNothingOtherwise() {
        for (String back : List.of("https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example%2Fx", "%2F%5Cevil.example",
                "evil.example", "javascript%3Aalert(1)", "%2Fnews%0D%0ASet-Cookie%3A%20x%3Dy", "", "%2F" + "a".repeat(2100))) {
            HttpResponse<String> refused = post("back=" + back);
            assertThat(refused.statusCode()).as(back).isEqualTo(400);
            assertThat(refused.headers().firstValue("Set-Cookie")).as(back).isEmpty();
            assertThat(refused.headers().firstValue("Location")).as(back).isEmpty();
            assertThat(Http.html(refused).select("h1").text()).as(back).isNotBlank();
        }
        assertThat(post("").statusCode()).isEqualTo(400);
        assertThat(http.get(LanguageSuggestions.DISMISS_PATH + "?back=%2F").headers().firstValue("Set-Cookie")).isEmpty();
    }

    private static List<String> varyFields(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream().flatMap(vary -> java.util.Arrays.stream(vary.split(",")))
                .map(field -> field.trim().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private HttpResponse<String> post(String form) {
        return http.send(HttpRequest.newBuilder(http.uri(LanguageSuggestions.DISMISS_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
