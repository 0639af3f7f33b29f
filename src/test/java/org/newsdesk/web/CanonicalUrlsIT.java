package org.newsdesk.web;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** One URL per page: other spellings of a page's URL redirect 301 to it; unknown parameters change nothing. */
class CanonicalUrlsIT extends IntegrationTest {

    @BeforeEach
    void setUp() {
        // 25 items: three pages of the latest news, of the tag and of the month.
        news.publishedSeries(25, NOW.minus(Duration.ofHours(1)), "Border management");
    }

    @ParameterizedTest
    @CsvSource({
            "/tags/, /tags",
            "/news/item-number-3/, /news/item-number-3",
            "/archive/2026/06/, /archive/2026/06",
            "/feed.xml/, /feed.xml",
            "/tags/?x=1, /tags?x=1"})
    void aTrailingSlashRedirectsToTheUrlWithoutIt(String path, String location) {
        assertRedirect(path, location);
    }

    @ParameterizedTest
    @CsvSource({
            "/?page=1, /",
            "/?page=2, /page/2",
            "/page/3?page=2, /page/2",
            "/tags/border-management?page=1, /tags/border-management",
            "/tags/border-management?page=3, /tags/border-management/page/3",
            "/archive/2026?page=2, /archive/2026/page/2",
            "/archive/2026/06?page=1, /archive/2026/06",
            "/?page=2&utm_source=mail, /page/2?utm_source=mail"})
    void aPageNumberInTheQueryRedirectsToThePathForm(String path, String location) {
        assertRedirect(path, location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?page=0", "/?page=abc", "/?page=", "/tags/border-management?page=-1", "/?page=01"})
    void aPageNumberThatIsNoPageIsNotFound(String path) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void aPageParameterOnAPageThatIsNotAListingChangesNothing() {
        HttpResponse<String> item = http.get("/news/item-number-3?page=2");

        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(Http.html(item).select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.org/news/item-number-3");
    }

    @Test
    void upperCaseLettersInATopicFeedRedirectToTheLowerCaseUrl() {
        assertRedirect("/tags/Border-Management/feed.xml", "/tags/border-management/feed.xml");
        assertRedirect("/tags/BORDER-MANAGEMENT/atom.xml", "/tags/border-management/atom.xml");
        assertRedirect("/news/Item-Number-3", "/news/item-number-3");
        assertRedirect("/tags/Border-Management", "/tags/border-management");
    }

    @Test
    void unknownQueryParametersChangeNothingAndNeverReachTheCanonicalLink() {
        for (String path : new String[] {"/", "/page/2", "/tags/border-management", "/archive/2026/06", "/news/item-number-3"}) {
            Document plain = Http.html(http.get(path));
            HttpResponse<String> tracked = http.get(path + "?utm_source=newsletter&fbclid=abc&q=x");

            assertThat(tracked.statusCode()).as(path).isEqualTo(200);
            Document page = Http.html(tracked);
            assertThat(page.select("main").html()).as(path).isEqualTo(plain.select("main").html());
            assertThat(page.select("link[rel=canonical]").attr("href")).as(path)
                    .isEqualTo("https://news.example.org" + path).doesNotContain("?");
            assertThat(page.select("meta[property=og:url]").attr("content")).as(path).doesNotContain("?");
        }
    }

    @Test
    void theHomePageKeepsItsSlash() {
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    private void assertRedirect(String path, String location) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(path).hasValue(location);
    }
}
