package org.newsdesk.seo;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.news.NewsItem;
import org.newsdesk.site.Slugs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The head of every kind of public page, as a search engine or a social network reads it. */
class HeadMetadataIT extends IntegrationTest {

    static final String BASE = "https://news.example.org";
    static final String LONG_SUMMARY = "Migrant children and adolescents returned from Mexico and the United States received "
            + "psychosocial support, legal counselling and help to go back to school in their communities of origin, "
            + "with municipal child protection offices following each case for three months.";

    @Autowired
    JsonMapper json;

    @Test
    void anItemPageDescribesItselfAsAnArticle() {
        NewsItem item = news.published("Returned children go back to school", Instant.parse("2026-06-13T16:00:00Z"),
                "Migrant children", "Guatemala");
        news.write("update news_items set summary = ?, updated_at = ? where id = ?",
                LONG_SUMMARY, java.sql.Timestamp.from(Instant.parse("2026-06-14T18:30:00Z")), item.getId());

        Document page = Http.html(http.get("/news/returned-children-go-back-to-school"));

        String url = BASE + "/news/returned-children-go-back-to-school";
        assertThat(page.title()).isEqualTo("Returned children go back to school — Test News");
        String description = meta(page, "name", "description");
        assertThat(description).hasSizeLessThanOrEqualTo(160).endsWith("…");
        assertThat(LONG_SUMMARY).startsWith(description.substring(0, description.length() - 1));
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        // Indexed, with large image previews allowed (Google Discover and News show large pictures only then).
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("max-image-preview:large");

        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo("Returned children go back to school");
        assertThat(meta(page, "property", "og:description")).isEqualTo(description);
        assertThat(meta(page, "property", "og:url")).isEqualTo(url);
        assertThat(meta(page, "property", "og:site_name")).isEqualTo("Test News");
        assertThat(meta(page, "property", "og:image")).isEqualTo(BASE + "/img/logo.png");
        assertThat(meta(page, "property", "article:published_time")).isEqualTo("2026-06-13T10:00:00-06:00");
        assertThat(meta(page, "property", "article:modified_time")).isEqualTo("2026-06-14T12:30:00-06:00");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).containsExactly("Guatemala", "Migrant children");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "name", "twitter:title")).isEqualTo("Returned children go back to school");
        assertThat(meta(page, "name", "twitter:description")).isEqualTo(description);

        JsonNode article = structuredData(page, "NewsArticle");
        assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.get("headline").asString()).isEqualTo("Returned children go back to school");
        assertThat(article.get("description").asString()).isEqualTo(LONG_SUMMARY);
        assertThat(OffsetDateTime.parse(article.get("datePublished").asString()).toInstant())
                .isEqualTo(Instant.parse("2026-06-13T16:00:00Z"));
        assertThat(article.get("datePublished").asString()).isEqualTo("2026-06-13T10:00:00-06:00");
        assertThat(article.get("dateModified").asString()).isEqualTo("2026-06-14T12:30:00-06:00");
        assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(url);
        assertThat(article.get("url").asString()).isEqualTo(url);
        assertThat(article.get("inLanguage").asString()).isEqualTo("en");
        assertThat(article.get("keywords").valueStream().map(JsonNode::asString)).containsExactly("Guatemala", "Migrant children");
        assertThat(article.get("image").get(0).asString()).isEqualTo(BASE + "/img/logo.png");
        for (String role : List.of("author", "publisher")) {
            JsonNode organization = article.get(role);
            assertThat(organization.get("@type").asString()).as(role).isEqualTo("Organization");
            assertThat(organization.get("name").asString()).as(role).isEqualTo("Test News");
            assertThat(organization.get("url").asString()).as(role).isEqualTo(BASE + "/");
            assertThat(organization.get("logo").get("url").asString()).as(role).isEqualTo(BASE + "/img/logo.png");
        }

        assertBreadcrumbs(page, List.of("Home", "June 2026", "Returned children go back to school"),
                List.of(BASE + "/", BASE + "/archive/2026/06", url));
    }

    @Test
    void theModifiedTimeIsNeverBeforeThePublication() {
        // Written long before its scheduled publication: for readers it changed when it appeared.
        news.published("Scheduled long ago", NOW.minus(Duration.ofHours(1)));

        Document page = Http.html(http.get("/news/scheduled-long-ago"));

        assertThat(meta(page, "property", "article:modified_time")).isEqualTo(meta(page, "property", "article:published_time"));
        assertThat(structuredData(page, "NewsArticle").get("dateModified").asString())
                .isEqualTo(structuredData(page, "NewsArticle").get("datePublished").asString());
    }

    @Test
    void hostileTitlesStayInsideTheirScriptAsValidJson() {
        String hostile = "Fake </script><script>alert(\"x\")</script> <!-- ‘Ünïcödé’ & “quotes” 🙂\u2028end";
        news.published(hostile, NOW.minus(Duration.ofHours(1)), "</script>");

        HttpResponse<String> response = http.get("/news/" + Slugs.fromText(hostile));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert");
        Document page = Http.html(response);
        assertThat(page.select("script")).hasSize(2)
                .allSatisfy(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        JsonNode article = structuredData(page, "NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo(hostile);
        assertThat(article.get("keywords").get(0).asString()).isEqualTo("</script>");
        JsonNode breadcrumbs = structuredData(page, "BreadcrumbList");
        assertThat(breadcrumbs.get("itemListElement").get(2).get("name").asString()).isEqualTo(hostile);
        assertThat(page.title()).isEqualTo(hostile + " — Test News");
        assertThat(meta(page, "property", "og:title")).isEqualTo(hostile);
    }

    @Test
    void longTitlesGiveAHeadlineOfAtMost110Characters() {
        String title = "Regional workshop on the identification of victims of trafficking in persons at the borders of "
                + "Central America and Mexico, with consular staff";
        news.published(title, NOW.minus(Duration.ofHours(1)));

        Document page = Http.html(http.get("/news/" + Slugs.fromText(title)));

        String headline = structuredData(page, "NewsArticle").get("headline").asString();
        assertThat(headline).hasSizeLessThanOrEqualTo(110).endsWith("…");
        assertThat(title).startsWith(headline.substring(0, headline.length() - 1));
        assertThat(page.title()).isEqualTo(title + " — Test News");
    }

    @Test
    void theHomePageIsTheWebsiteOfAnOrganisationAndPointsToTheFeeds() {
        news.publishedSeries(11, NOW.minus(Duration.ofHours(1)));

        Document home = Http.html(http.get("/"));

        assertThat(home.title()).isEqualTo("Test News");
        assertThat(meta(home, "property", "og:type")).isEqualTo("website");
        assertThat(meta(home, "property", "og:title")).isEqualTo("Test News");
        assertThat(meta(home, "property", "og:url")).isEqualTo(BASE + "/");
        assertThat(meta(home, "name", "description")).isNotBlank();
        JsonNode website = structuredData(home, "WebSite");
        assertThat(website.get("name").asString()).isEqualTo("Test News");
        assertThat(website.get("url").asString()).isEqualTo(BASE + "/");
        assertThat(website.get("inLanguage").asString()).isEqualTo("en");
        assertThat(website.get("publisher").get("@id").asString()).isEqualTo(BASE + "/#organization");
        JsonNode organization = structuredData(home, "Organization");
        assertThat(organization.get("@id").asString()).isEqualTo(BASE + "/#organization");
        assertThat(organization.get("name").asString()).isEqualTo("Test News");
        assertThat(organization.get("logo").get("url").asString()).isEqualTo(BASE + "/img/logo.png");

        assertThat(home.select("link[rel=alternate][type]").eachAttr("type"))
                .containsExactly("application/rss+xml", "application/atom+xml", "application/feed+json");
        assertThat(home.select("link[rel=alternate][type]").eachAttr("href"))
                .containsExactly(BASE + "/feed.xml", BASE + "/atom.xml", BASE + "/feed.json");
        assertThat(home.select("link[rel=alternate][type]").eachAttr("title"))
                .containsExactly("Test News (RSS)", "Test News (Atom)", "Test News (JSON Feed)");
        assertThat(home.select("footer .feeds a").eachAttr("href")).containsExactly("/feed.xml", "/atom.xml", "/feed.json");

        // Page 2 is its own page, with its own title, but not the website's entry point.
        Document second = Http.html(http.get("/page/2"));
        assertThat(second.title()).isEqualTo("Latest news, page 2 — Test News");
        assertThat(second.select("script[type=application/ld+json]")).isEmpty();
        assertThat(meta(second, "property", "og:url")).isEqualTo(BASE + "/page/2");
    }

    @Test
    void aTopicPageHasItsBreadcrumbsAndPointsToItsOwnFeeds() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Border management");

        Document page = Http.html(http.get("/tags/border-management"));

        assertThat(page.title()).isEqualTo("Border management — Test News");
        assertThat(meta(page, "property", "og:type")).isEqualTo("website");
        assertBreadcrumbs(page, List.of("Home", "Topics", "Border management"),
                List.of(BASE + "/", BASE + "/tags", BASE + "/tags/border-management"));
        assertThat(page.select("link[rel=alternate][type]").eachAttr("href")).containsExactly(
                BASE + "/tags/border-management/feed.xml", BASE + "/tags/border-management/atom.xml",
                BASE + "/feed.xml", BASE + "/atom.xml", BASE + "/feed.json");
        assertThat(page.select("link[rel=alternate][type]").eachAttr("title")).startsWith(
                "Border management (RSS)", "Border management (Atom)");
    }

    @Test
    void archivePagesHaveTheirBreadcrumbs() {
        news.published("One", Instant.parse("2025-03-10T16:00:00Z"));

        assertBreadcrumbs(Http.html(http.get("/archive/2025/03")),
                List.of("Home", "Archive", "2025", "News from March 2025"),
                List.of(BASE + "/", BASE + "/archive", BASE + "/archive/2025", BASE + "/archive/2025/03"));
        assertBreadcrumbs(Http.html(http.get("/archive/2025")),
                List.of("Home", "Archive", "News from 2025"),
                List.of(BASE + "/", BASE + "/archive", BASE + "/archive/2025"));
    }

    @Test
    void pagesNotWorthIndexingSaySo() {
        news.withdrawn("Withdrawn", NOW.minus(Duration.ofDays(3)), "Wrong figures");
        news.draft("Draft", "Empty topic");

        for (String path : List.of("/news/withdrawn", "/tags/empty-topic")) {
            Document page = Http.html(http.get(path));
            assertThat(page.select("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex");
        }
        assertThat(Http.html(http.get("/tags")).select("meta[name=robots]").attr("content")).isEqualTo("max-image-preview:large");
    }

    private JsonNode structuredData(Document page, String type) {
        List<JsonNode> found = page.select("script[type=application/ld+json]").stream()
                .map(Element::data)
                .map(json::readTree)
                .filter(node -> node.get("@type").asString().equals(type))
                .toList();
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private void assertBreadcrumbs(Document page, List<String> names, List<String> urls) {
        JsonNode list = structuredData(page, "BreadcrumbList");
        JsonNode items = list.get("itemListElement");
        assertThat(items.size()).isEqualTo(names.size());
        for (int i = 0; i < names.size(); i++) {
            assertThat(items.get(i).get("@type").asString()).isEqualTo("ListItem");
            assertThat(items.get(i).get("position").asInt()).isEqualTo(i + 1);
            assertThat(items.get(i).get("name").asString()).isEqualTo(names.get(i));
            assertThat(items.get(i).get("item").asString()).isEqualTo(urls.get(i));
        }
        // The same trail as the page shows.
        assertThat(page.select(".breadcrumb a").eachText()).isEqualTo(names);
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        assertThat(meta).as(name).isNotNull();
        return meta.attr("content");
    }
}
