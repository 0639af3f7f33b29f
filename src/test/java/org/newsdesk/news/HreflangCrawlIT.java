package org.newsdesk.news;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hreflang reciprocity (issue 14): crawls every public page of a seeded bilingual site from both
 * home pages and follows every alternate back. Each alternate is a page that answers 200 in the
 * language it is named for, names the same set of alternates (itself included), and x-default is
 * the English one; the language switch leads to the alternate in the other language when there is one.
 */
class HreflangCrawlIT extends IntegrationTest {

    static final String BASE = "https://news.example.org";

    @Test
    void everyAlternateOfEveryPageNamesThePageBack() {
        seed();
        Map<String, Document> pages = crawl();

        assertThat(pages).hasSizeGreaterThan(25);
        int withAlternates = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Document document = page.getValue();
            Map<String, String> alternates = alternates(document);
            String canonical = document.select("link[rel=canonical]").attr("href");
            String language = document.selectFirst("html").attr("lang");
            if (alternates.isEmpty()) {
                assertThat(document.select(".language-missing")).as(page.getKey()).hasSize(1);
                continue;
            }
            withAlternates++;
            assertThat(alternates).as(page.getKey()).containsKeys("en", "es", "x-default");
            assertThat(alternates.get(language)).as("%s names itself", page.getKey()).isEqualTo(canonical);
            assertThat(alternates.get("x-default")).as(page.getKey()).isEqualTo(alternates.get("en"));
            String other = language.equals("en") ? "es" : "en";
            assertThat(BASE + document.select(".language-switch a").attr("href")).as(page.getKey())
                    .startsWith(alternates.get(other));
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                HttpResponse<String> response = http.get(URI.create(alternate.getValue()).getRawPath()
                        + (URI.create(alternate.getValue()).getRawQuery() == null ? "" : "?" + URI.create(alternate.getValue()).getRawQuery()));
                assertThat(response.statusCode()).as(alternate.getValue()).isEqualTo(200);
                Document back = Http.html(response);
                if (!alternate.getKey().equals("x-default")) {
                    assertThat(back.selectFirst("html").attr("lang")).as(alternate.getValue()).isEqualTo(alternate.getKey());
                }
                assertThat(alternates(back)).as("%s names %s back", alternate.getValue(), page.getKey()).isEqualTo(alternates);
            }
        }
        assertThat(withAlternates).isGreaterThan(10);
    }

    private void seed() {
        NewsItem border = news.published("Border officers trained", Instant.parse("2017-12-04T16:00:00Z"), "Border management");
        NewsItem frontera = news.publishedInSpanish("Capacitan a oficiales de frontera", Instant.parse("2017-12-04T16:00:00Z"),
                "Border management");
        news.linkTranslations(border, frontera);
        NewsItem returns = news.published("Returns resume", Instant.parse("2026-05-20T16:00:00Z"), "Repatriation");
        NewsItem retornos = news.publishedInSpanish("Se reanudan los retornos", Instant.parse("2026-05-20T16:00:00Z"),
                "Repatriation");
        news.linkTranslations(returns, retornos);
        news.published("Only in English", Instant.parse("2026-06-01T16:00:00Z"), "Mexico");
        news.publishedInSpanish("Solo en español", Instant.parse("2018-03-10T16:00:00Z"), "Guatemala");
        news.spanishTopicName("Repatriation", "Repatriación");
        news.spanishTopicName("Border management", "Gestión de fronteras");
    }

    /** Every public page reachable from both home pages, by path. */
    private Map<String, Document> crawl() {
        Map<String, Document> pages = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(java.util.List.of("/", "/es"));
        Set<String> seen = new LinkedHashSet<>(queue);
        while (!queue.isEmpty() && pages.size() < 300) {
            String path = queue.poll();
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document document = Http.html(response);
            pages.put(path, document);
            for (Element link : document.select("a[href^=/]")) {
                String href = link.attr("href");
                if (href.endsWith(".xml") || href.endsWith(".json") || href.startsWith("/admin") || href.startsWith("/login")
                        || href.startsWith("/css") || href.startsWith("/img") || href.contains("?")) {
                    continue;
                }
                if (seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        return pages;
    }

    private static Map<String, String> alternates(Document document) {
        Map<String, String> alternates = new HashMap<>();
        for (Element link : document.select("link[rel=alternate][hreflang]")) {
            assertThat(alternates.put(link.attr("hreflang"), link.attr("href"))).as("one link per language").isNull();
        }
        return alternates;
    }
}
