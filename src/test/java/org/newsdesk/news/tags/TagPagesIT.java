package org.newsdesk.news.tags;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.news.NewsItem;

import static org.assertj.core.api.Assertions.assertThat;

class TagPagesIT extends IntegrationTest {

    @Test
    void topicsPageListsTagsWithTheirCountOfVisibleItemsOnly() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Repatriation", "Costa Rica");
        news.published("Two", NOW.minus(Duration.ofDays(2)), "Repatriation");
        news.draft("Draft", "Repatriation", "Panama");
        news.published("Scheduled", NOW.plus(Duration.ofDays(1)), "Repatriation");
        news.withdrawn("Withdrawn", NOW.minus(Duration.ofDays(3)), null, "Repatriation");

        Document page = Http.html(http.get("/tags"));

        assertThat(page.select(".tag-index li a").eachText()).containsExactly("Costa Rica", "Repatriation");
        assertThat(page.select(".tag-index li .count").eachText()).containsExactly("1 item", "2 items");
        assertThat(page.select("header nav a[aria-current=page]").text()).isEqualTo("Topics");
    }

    @Test
    void tagPageListsItsVisibleItemsNewestFirstWithPagination() {
        news.publishedSeries(12, NOW.minus(Duration.ofHours(1)), "Border management");
        news.published("Untagged", NOW.minus(Duration.ofMinutes(1)));
        news.draft("Draft", "Border management");

        HttpResponse<String> first = http.get("/tags/border-management");

        assertThat(first.statusCode()).isEqualTo(200);
        Document page = Http.html(first);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Topic: Border management");
        assertThat(page.title()).isEqualTo("Border management — Test News");
        assertThat(page.select("article.card h2").eachText()).hasSize(10).startsWith("Item number 12").doesNotContain("Untagged", "Draft");
        assertThat(page.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/tags/border-management/page/2");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/tags/border-management");

        Document second = Http.html(http.get("/tags/border-management/page/2"));
        assertThat(second.select("article.card h2").eachText()).containsExactly("Item number 2", "Item number 1");
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/tags/border-management/page/2");

        assertThat(http.get("/tags/border-management/page/3").statusCode()).isEqualTo(404);
        HttpResponse<String> pageOne = http.get("/tags/border-management/page/1");
        assertThat(pageOne.statusCode()).isEqualTo(301);
        assertThat(pageOne.headers().firstValue("Location").orElseThrow()).endsWith("/tags/border-management");
    }

    @Test
    void aTagWithNothingVisibleIsAnEmptyPageThatAsksNotToBeIndexed() {
        news.draft("Draft", "Panama");

        HttpResponse<String> response = http.get("/tags/panama");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Http.html(response);
        assertThat(page.select("p.empty").text()).isEqualTo("No news has been published on this topic yet.");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(http.get("/tags/panama/page/2").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownMalformedAndUpperCaseTagSlugs() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Migrant health");

        assertThat(http.get("/tags/no-such-tag").statusCode()).isEqualTo(404);
        assertThat(http.get("/tags/not_valid").statusCode()).isEqualTo(404);
        assertThat(http.get("/tags/migrant-health/page/abc").statusCode()).isEqualTo(404);
        HttpResponse<String> upper = http.get("/tags/Migrant-Health");
        assertThat(upper.statusCode()).isEqualTo(301);
        assertThat(upper.headers().firstValue("Location").orElseThrow()).endsWith("/tags/migrant-health");
    }

    /**
     * Cards and item pages list their topics by name, as the topics are named now: the names are
     * read once per content version (Topics.vocabulary), again after a change, and at once for a
     * topic the site has not heard of yet.
     */
    @Test
    void topicsAreListedByNameAsTheyAreNamedNow() {
        NewsItem item = news.published("One", NOW.minus(Duration.ofDays(1)), "Repatriation", "Costa Rica", "Border management");
        assertThat(topicsOn("/?order")).containsExactly("Border management", "Costa Rica", "Repatriation");

        news.write("update tags set name = 'Asylum' where slug = 'repatriation'");
        assertThat(topicsOn("/?renamed")).containsExactly("Asylum", "Border management", "Costa Rica");
        assertThat(topicsOn("/news/one?renamed")).containsExactly("Asylum", "Border management", "Costa Rica");

        // Written behind the site's back, in statements of their own: it hears of them only through
        // PostgreSQL's NOTIFY, which may come after the page below is rendered.
        jdbc.sql("insert into tags (name, slug, created_at) values ('Accra', 'accra', now())").update();
        jdbc.sql("insert into news_item_tags (news_item_id, tag_id) select ?, id from tags where slug = 'accra'")
                .param(item.getId()).update();
        assertThat(topicsOn("/?made")).containsExactly("Accra", "Asylum", "Border management", "Costa Rica");
    }

    /**
     * A topic the site cannot have heard of: written with PostgreSQL's triggers off
     * ({@code session_replication_role = replica}), so the content version does not move and no
     * NOTIFY is sent. The vocabulary the site holds for the current version lacks it; the page
     * must read it again (TagsOfItems.named) rather than leave the topic out.
     */
    @Test
    void aTopicWrittenWithoutAChangeBeingHeardOfIsStillNamed() {
        NewsItem item = news.published("One", NOW.minus(Duration.ofDays(1)), "Repatriation");
        assertThat(topicsOn("/?before")).containsExactly("Repatriation");
        long version = news.contentVersion();

        // Each page in turn reads the vocabulary again, so each is asked after a topic of its own.
        writeWithoutTriggers(item, "Accra");
        assertThat(topicsOn("/news/one?unheard")).containsExactly("Accra", "Repatriation");
        writeWithoutTriggers(item, "Lima");
        assertThat(topicsOn("/?unheard")).containsExactly("Accra", "Lima", "Repatriation");
        assertThat(news.contentVersion()).as("nothing told the site of the changes").isEqualTo(version);
    }

    /** A topic given to an item with PostgreSQL's triggers off: no version change, no NOTIFY. */
    private void writeWithoutTriggers(NewsItem item, String topic) {
        jdbc.sql("""
                do $$
                begin
                  set local session_replication_role = replica;
                  insert into tags (name, slug, created_at) values ('%1$s', lower('%1$s'), now());
                  insert into news_item_tags (news_item_id, tag_id) select %2$d, id from tags where slug = lower('%1$s');
                end
                $$""".formatted(topic, item.getId())).update();
    }

    /**
     * On Spanish pages topics are ordered by their Spanish names, a topic without one shows its
     * English name marked as English; a Spanish slug that is also an untranslated topic's English
     * slug leads to the translated topic.
     */
    @Test
    void spanishPagesOrderTopicsByTheirSpanishNames() {
        NewsItem item = news.published("Uno", NOW.minus(Duration.ofDays(1)), "Repatriation", "Costa Rica", "Border management");
        news.published("Two", NOW.minus(Duration.ofDays(2)), "Retorno");
        news.write("update news_items set language = 'es' where id = ?", item.getId());
        news.write("insert into tag_translations (tag_id, language, name, slug) select id, 'es', 'Gestión de fronteras', "
                + "'gestion-de-fronteras' from tags where slug = 'border-management'");
        news.write("insert into tag_translations (tag_id, language, name, slug) select id, 'es', 'Repatriación', 'retorno' "
                + "from tags where slug = 'repatriation'");

        Document page = Http.html(http.get("/es?order"));
        assertThat(page.select("main ul.tags a").eachText()).containsExactly("Costa Rica", "Gestión de fronteras", "Repatriación");
        assertThat(page.select("main ul.tags a[lang=en]").eachText()).containsExactly("Costa Rica");
        // "retorno" is Repatriation's Spanish slug, and also the English slug of the untranslated topic "Retorno".
        assertThat(Http.html(http.get("/es/temas/retorno")).selectFirst("h1").text()).contains("Repatriación");
    }

    private List<String> topicsOn(String path) {
        return Http.html(http.get(path)).select("main ul.tags a").eachText();
    }
}
