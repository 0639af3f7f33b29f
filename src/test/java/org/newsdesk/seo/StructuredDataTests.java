package org.newsdesk.seo;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredDataTests {

    static final String HOSTILE = "</script><script>alert(\"x\")</script> <!-- & ‘Ünïcödé’ 🙂 \u2028\u2029 \\ end";

    final JsonMapper json = JsonMapper.builder().build();
    final SiteProperties site = new SiteProperties("Test News", "News for tests", URI.create("https://news.example.org"),
            Locale.ENGLISH, ZoneId.of("America/Costa_Rica"), 10, "Regional Programme",
            URI.create("https://programme.example.org/"), "/img/logo.png");
    final StructuredData structuredData = new StructuredData(json, site);

    @Test
    void nothingInTheScriptCanEndTheScriptElementOrStartAComment() {
        JsonLd article = structuredData.newsArticle(new StructuredData.NewsArticle(HOSTILE, HOSTILE, "/news/x",
                OffsetDateTime.parse("2026-06-13T10:00:00-06:00"), OffsetDateTime.parse("2026-06-14T10:00:00-06:00"),
                List.of(HOSTILE), List.of()));

        assertThat(article.script()).doesNotContain("<", ">", "&", "\u2028", "\u2029").contains("\\u003c/script\\u003e");
        JsonNode parsed = json.readTree(article.script());
        assertThat(parsed.get("description").asString()).isEqualTo(HOSTILE);
        assertThat(parsed.get("keywords").get(0).asString()).isEqualTo(HOSTILE);
    }

    @Test
    void headlinesAreCutTo110Characters() {
        String title = "Regional workshop ".repeat(10);

        JsonNode parsed = json.readTree(structuredData.newsArticle(new StructuredData.NewsArticle(title, "Summary.",
                "/news/x", OffsetDateTime.parse("2026-06-13T10:00:00-06:00"),
                OffsetDateTime.parse("2026-06-13T10:00:00-06:00"), List.of(), List.of())).script());

        assertThat(parsed.get("headline").asString()).hasSizeLessThanOrEqualTo(110).endsWith("workshop…");
        assertThat(parsed.has("keywords")).isFalse();
    }

    @Test
    void theOrganisationIsTheConfiguredPublisherWithItsLogo() {
        JsonNode organization = json.readTree(structuredData.organization().script());

        assertThat(organization.get("@type").asString()).isEqualTo("Organization");
        assertThat(organization.get("name").asString()).isEqualTo("Regional Programme");
        assertThat(organization.get("url").asString()).isEqualTo("https://programme.example.org/");
        assertThat(organization.get("logo").get("url").asString()).isEqualTo("https://news.example.org/img/logo.png");
    }
}
