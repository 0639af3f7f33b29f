package org.newsdesk.news;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The latest-news listing and the item pages, as a reader and a crawler see them. */
class NewsPagesIT extends IntegrationTest {

    @Test
    void homeListsVisibleItemsNewestFirstWithTiesBrokenByNewestId() {
        Instant sameInstant = NOW.minus(Duration.ofDays(2));
        news.published("Older item", NOW.minus(Duration.ofDays(5)));
        news.published("Tie created first", sameInstant);
        news.published("Tie created second", sameInstant);
        news.published("Newest item", NOW.minus(Duration.ofHours(1)));

        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(titles(Http.html(response)))
                .containsExactly("Newest item", "Tie created second", "Tie created first", "Older item");
    }

    @Test
    void eachEntryShowsDateTitleLinkSummaryAndTags() {
        // 4 December 2017, 10:00 in Costa Rica (UTC-6)
        news.published("The prevention of trafficking in persons in high schools", Instant.parse("2017-12-04T16:00:00Z"),
                "Trafficking in persons", "Mexico");

        Element card = Http.html(http.get("/")).selectFirst("article.card");

        assertThat(card).isNotNull();
        assertThat(card.selectFirst("time").text()).isEqualTo("4 December 2017");
        assertThat(card.selectFirst("time").attr("datetime")).isEqualTo("2017-12-04T10:00-06:00");
        assertThat(card.selectFirst("h2 a").attr("href")).isEqualTo("/news/the-prevention-of-trafficking-in-persons-in-high-schools");
        assertThat(card.selectFirst(".summary").text()).isEqualTo("Summary of The prevention of trafficking in persons in high schools.");
        assertThat(card.select(".tags a").eachAttr("href")).containsExactly("/tags/mexico", "/tags/trafficking-in-persons");
        assertThat(card.select(".tags a").eachText()).containsExactly("Mexico", "Trafficking in persons");
    }

    @Test
    void drafsScheduledAndWithdrawnItemsAreNotListedUntilTheyAreVisible() {
        news.published("Visible", NOW.minus(Duration.ofDays(1)));
        news.draft("A draft");
        news.published("Scheduled", NOW.plus(Duration.ofMinutes(1)));
        news.withdrawn("Withdrawn", NOW.minus(Duration.ofDays(3)), "Published in error");

        assertThat(titles(Http.html(http.get("/")))).containsExactly("Visible");

        clock.advance(Duration.ofMinutes(1));
        assertThat(titles(Http.html(http.get("/")))).containsExactly("Scheduled", "Visible");
    }

    @Test
    void exactlyTenItemsFitOnePageAndThereIsNoPageTwo() {
        news.publishedSeries(10, NOW.minus(Duration.ofHours(1)));

        Document home = Http.html(http.get("/"));

        assertThat(home.select("article.card")).hasSize(10);
        assertThat(home.select("nav.pagination")).isEmpty();
        assertThat(http.get("/page/2").statusCode()).isEqualTo(404);
    }

    @Test
    void elevenItemsMakeTwoPagesWithLinksBetweenThem() {
        news.publishedSeries(11, NOW.minus(Duration.ofHours(1)));

        Document first = Http.html(http.get("/"));
        assertThat(first.select("article.card")).hasSize(10);
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/page/2");
        assertThat(first.select("nav.pagination a[aria-current=page]").text()).isEqualTo("1");
        assertThat(first.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/");

        HttpResponse<String> second = http.get("/page/2");
        assertThat(second.statusCode()).isEqualTo(200);
        Document page2 = Http.html(second);
        assertThat(titles(page2)).containsExactly("Item number 1");
        assertThat(page2.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/");
        assertThat(page2.select("nav.pagination a[rel=next]")).isEmpty();
        assertThat(page2.select("nav.pagination a[aria-current=page]").text()).isEqualTo("2");
        assertThat(page2.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/page/2");
        assertThat(page2.title()).isEqualTo("Latest news, page 2 — Test News");

        assertThat(http.get("/page/3").statusCode()).isEqualTo(404);
    }

    @Test
    void paginationShowsFirstLastAndAWindowAroundTheCurrentPage() {
        news.publishedSeries(95, NOW.minus(Duration.ofHours(1)));

        Document page5 = Http.html(http.get("/page/5"));

        assertThat(page5.select("nav.pagination li a").eachText())
                .containsExactly("Previous", "1", "3", "4", "5", "6", "7", "10", "Next");
        assertThat(page5.select("nav.pagination a[aria-current=page]").text()).isEqualTo("5");
        // Label in name (WCAG 2.5.3): a link's accessible name contains what it shows.
        for (Element link : page5.select("nav.pagination li a")) {
            String name = link.hasAttr("aria-label") ? link.attr("aria-label") : link.text();
            assertThat(name).as("accessible name of the link showing %s", link.text()).contains(link.text());
        }
        assertThat(page5.select("nav.pagination a[href=/page/10]").attr("aria-label")).isEqualTo("Page 10 (last page)");
        assertThat(page5.select("nav.pagination a[href=/]").attr("aria-label")).isEqualTo("Page 1 (first page)");
        assertThat(Http.html(http.get("/page/10")).select("article.card")).hasSize(5);
    }

    @Test
    void pageOneRedirectsPermanentlyToTheHomePage() {
        news.publishedSeries(11, NOW.minus(Duration.ofHours(1)));

        HttpResponse<String> response = http.get("/page/1");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/0", "/page/-1", "/page/abc", "/page/01", "/page/2.5", "/page/99999999999999999999",
            "/page/2147483648", "/page/%20", "/page/9999999"})
    void malformedOrOutOfRangePageNumbersAreNotFound(String path) {
        news.publishedSeries(11, NOW.minus(Duration.ofHours(1)));

        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Whitelabel");
    }

    @Test
    void anEmptySiteShowsItsHomePageWithAMessage() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.html(response).select("p.empty").text()).isEqualTo("No news has been published yet.");
    }

    @Test
    void itemPageShowsTitleDateTagsLeadBodyBreadcrumbAndNeighbours() {
        news.published("Older neighbour", NOW.minus(Duration.ofDays(3)));
        news.withBody("The item", Instant.parse("2026-06-13T16:00:00Z"), "Hello *world*", "<p>Hello <em>world</em></p>");
        news.published("Newer neighbour", NOW.minus(Duration.ofDays(1)));
        news.draft("Draft in between");

        HttpResponse<String> response = http.get("/news/the-item");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Http.html(response);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("The item");
        assertThat(page.title()).isEqualTo("The item — Test News");
        assertThat(page.selectFirst("article time").text()).isEqualTo("13 June 2026");
        assertThat(page.selectFirst(".lead").text()).isEqualTo("Summary of The item.");
        assertThat(page.selectFirst(".body").html()).isEqualTo("<p>Hello <em>world</em></p>");
        assertThat(page.select(".breadcrumb a").eachAttr("href")).containsExactly("/", "/archive/2026/06", "/news/the-item");
        assertThat(page.select(".siblings .newer a").attr("href")).isEqualTo("/news/newer-neighbour");
        assertThat(page.select(".siblings .older a").attr("href")).isEqualTo("/news/older-neighbour");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/news/the-item");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Summary of The item.");
    }

    @Test
    void itemTitlesAreEscaped() {
        news.published("<script>alert('x')</script> & more", NOW.minus(Duration.ofDays(1)));

        HttpResponse<String> response = http.get("/");

        assertThat(response.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void draftsAndScheduledItemsAreNotFoundUntilVisible() {
        news.draft("Still a draft");
        news.published("Coming soon", NOW.plus(Duration.ofHours(2)));

        assertThat(http.get("/news/still-a-draft").statusCode()).isEqualTo(404);
        assertThat(http.get("/news/coming-soon").statusCode()).isEqualTo(404);

        clock.advance(Duration.ofHours(2));
        assertThat(http.get("/news/coming-soon").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownSlugsAreNotFound() {
        assertThat(http.get("/news/no-such-item").statusCode()).isEqualTo(404);
        assertThat(http.get("/news/not_a_slug").statusCode()).isEqualTo(404);
        assertThat(http.get("/news/" + "a".repeat(200)).statusCode()).isEqualTo(404);
    }

    @Test
    void withdrawnItemsAreGoneWithAPageThatSaysSo() {
        news.withdrawn("Published in error", NOW.minus(Duration.ofDays(3)), "The figures were wrong.");

        HttpResponse<String> response = http.get("/news/published-in-error");

        assertThat(response.statusCode()).isEqualTo(410);
        Document page = Http.html(response);
        assertThat(page.selectFirst("h1").text()).isEqualTo("This item has been withdrawn");
        assertThat(page.text()).contains("Published in error").contains("The figures were wrong.");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void anOldSlugRedirectsPermanentlyToTheCurrentOne() {
        NewsItem item = news.published("Renamed item", NOW.minus(Duration.ofDays(1)));
        news.renameSlug(item, "better-name");

        HttpResponse<String> response = http.get("/news/renamed-item");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/news/better-name");
        assertThat(http.get("/news/better-name").statusCode()).isEqualTo(200);
    }

    @Test
    void anOldSlugOfADraftRevealsNothing() {
        NewsItem item = news.draft("Secret draft");
        news.renameSlug(item, "secret-draft-2");

        assertThat(http.get("/news/secret-draft").statusCode()).isEqualTo(404);
    }

    @Test
    void upperCaseSlugsRedirectToTheLowerCaseUrl() {
        news.published("Mixed case", NOW.minus(Duration.ofDays(1)));

        HttpResponse<String> response = http.get("/news/Mixed-Case");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/news/mixed-case");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        // Readers' pages and editors' pages go through different security filter chains (accounts.SecurityConfig).
        for (String path : List.of("/", "/es/", "/news/missing", "/css/site.css", "/feed.xml", "/search?q=x", "/login", "/admin")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline")
                    .contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void pagesAreAccessibleLandmarksWithOneHeadingAndASkipLink() {
        news.publishedSeries(3, NOW.minus(Duration.ofHours(1)), "Migrant children");

        Document home = Http.html(http.get("/"));

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.selectFirst("body > a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(home.select("main#main")).hasSize(1);
        assertThat(home.select("header nav a").eachText()).containsExactly("Latest", "Topics", "Archive");
        assertThat(home.select("header nav a").eachAttr("href")).containsExactly("/", "/tags", "/archive");
        assertThat(home.select("header nav a[aria-current=page]").text()).isEqualTo("Latest");
        assertThat(home.select("link[rel=stylesheet]").attr("href")).matches("/css/site-[0-9a-f]{32}\\.css");
        // No script runs: the only script elements are JSON-LD data blocks.
        assertThat(home.select("script")).isNotEmpty().allSatisfy(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
    }

    private static List<String> titles(Document page) {
        return page.select("article.card h2").eachText();
    }
}
