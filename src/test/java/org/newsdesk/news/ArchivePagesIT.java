package org.newsdesk.news;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ArchivePagesIT extends IntegrationTest {

    @Test
    void archiveIndexCountsVisibleItemsPerYearAndMonthInTheSiteTimeZone() {
        publishThreeItemsOf2017();
        news.published("March", Instant.parse("2025-03-10T16:00:00Z"));
        news.draft("Draft");
        news.published("Scheduled", NOW.plus(Duration.ofDays(10)));

        Document page = Http.html(http.get("/archive"));

        assertThat(page.select(".archive-year h2 a").eachText()).containsExactly("2025", "2017");
        assertThat(page.select(".archive-year h2 .count").eachText()).containsExactly("1 item", "3 items");
        assertThat(page.select(".archive-months a").eachText()).containsExactly("March", "December", "November");
        assertThat(page.select(".archive-months a").eachAttr("href"))
                .containsExactly("/archive/2025/03", "/archive/2017/12", "/archive/2017/11");
        assertThat(page.select(".archive-months .count").eachText()).containsExactly("1 item", "2 items", "1 item");
    }

    @Test
    void yearAndMonthPagesListTheirItemsNewestFirst() {
        publishThreeItemsOf2017();
        news.published("Next year", Instant.parse("2018-01-02T16:00:00Z"));

        Document year = Http.html(http.get("/archive/2017"));
        assertThat(year.select("article.card h2").eachText()).containsExactly("New Year's Eve", "December", "November");
        assertThat(year.selectFirst("h1").text()).isEqualTo("News from 2017");

        Document month = Http.html(http.get("/archive/2017/12"));
        assertThat(month.select("article.card h2").eachText()).containsExactly("New Year's Eve", "December");
        assertThat(month.selectFirst("h1").text()).isEqualTo("News from December 2017");
        assertThat(month.select(".breadcrumb a").eachAttr("href")).containsExactly("/", "/archive", "/archive/2017", "/archive/2017/12");
        assertThat(month.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/archive/2017/12");
    }

    @Test
    void archivePagesArePaginatedLikeTheListing() {
        news.publishedSeries(11, Instant.parse("2024-05-20T16:00:00Z"));

        assertThat(Http.html(http.get("/archive/2024")).select("article.card")).hasSize(10);
        assertThat(Http.html(http.get("/archive/2024/page/2")).select("article.card")).hasSize(1);
        assertThat(Http.html(http.get("/archive/2024/05/page/2")).select("article.card h2").eachText()).containsExactly("Item number 1");
        assertThat(http.get("/archive/2024/page/3").statusCode()).isEqualTo(404);
        assertThat(http.get("/archive/2024/05/page/3").statusCode()).isEqualTo(404);

        HttpResponse<String> pageOne = http.get("/archive/2024/05/page/1");
        assertThat(pageOne.statusCode()).isEqualTo(301);
        assertThat(pageOne.headers().firstValue("Location").orElseThrow()).endsWith("/archive/2024/05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/archive/2016", "/archive/0000", "/archive/0", "/archive/17", "/archive/20177", "/archive/abcd",
            "/archive/2017/13", "/archive/2017/00", "/archive/2017/1", "/archive/2017/ab", "/archive/2017/10",
            "/archive/2017/12/page/0", "/archive/99999999999999999999"})
    void unknownOrMalformedPeriodsAreNotFound(String path) {
        news.published("December", Instant.parse("2017-12-04T16:00:00Z"));

        assertThat(http.get(path).statusCode()).isEqualTo(404);
    }

    /** November and December 2017, and an item that is still New Year's Eve 2017 in the site's time zone. */
    private void publishThreeItemsOf2017() {
        news.published("December", Instant.parse("2017-12-04T16:00:00Z"));
        // 1 January 2018 03:00 UTC is still 31 December 2017 in Costa Rica (UTC-6).
        news.published("New Year's Eve", Instant.parse("2018-01-01T03:00:00Z"));
        news.published("November", Instant.parse("2017-11-17T16:00:00Z"));
    }
}
