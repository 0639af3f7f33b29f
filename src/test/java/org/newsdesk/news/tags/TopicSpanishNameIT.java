package org.newsdesk.news.tags;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.news.NewsItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A topic's Spanish name and slug on the topic's admin screen (issue 14): renaming in one language
 * keeps the other, an old Spanish address answers 301 on /es/temas/, refusals are shown and change nothing.
 */
class TopicSpanishNameIT extends IntegrationTest {

    @Test
    void theSpanishNameIsSetAndRenamedWithoutTouchingTheEnglishOneAndOldSpanishAddressesMove() {
        NewsItem item = news.publishedInSpanish("Retornos", NOW.minus(Duration.ofDays(1)), "Repatriation");
        long id = tagId("Repatriation");
        Document page = admin.get("/admin/tags/" + id).html();
        assertThat(page.selectFirst("#spanish-heading ~ p.hint").text()).startsWith("No Spanish name yet");

        AdminClient.Response saved = admin.post("/admin/tags/" + id + "/spanish", "name", "Repatriación", "slug", "");
        assertThat(saved.flash("flash")).isEqualTo("Spanish name saved: “Repatriación”, at /es/temas/repatriacion.");
        assertThat(row(id)).isEqualTo("Repatriation repatriation Repatriación repatriacion");
        assertThat(Http.html(http.get("/es/temas/repatriacion")).selectFirst("h1").text()).isEqualTo("Tema: Repatriación");
        assertThat(admin.get("/admin/tags/" + id).html().selectFirst("#spanish-name").val()).isEqualTo("Repatriación");

        admin.post("/admin/tags/" + id + "/spanish", "name", "Retornos y repatriación", "slug", "retornos");
        assertThat(row(id)).isEqualTo("Repatriation repatriation Retornos y repatriación retornos");
        assertMoved("/es/temas/repatriacion", "/es/temas/retornos");
        assertMoved("/es/temas/repatriacion/pagina/2", "/es/temas/retornos/pagina/2");

        // The English rename keeps the Spanish name; each language's old address moves in its language.
        admin.post("/admin/tags/" + id, "name", "Returns", "slug", "");
        assertThat(row(id)).isEqualTo("Returns returns Retornos y repatriación retornos");
        assertMoved("/tags/repatriation", "/tags/returns");
        assertMoved("/es/temas/repatriacion", "/es/temas/retornos");
        assertThat(Http.html(http.get("/es/temas")).select(".tag-index li a").eachText()).containsExactly("Retornos y repatriación");
        assertThat(http.get("/es/noticias/" + item.getSlug()).statusCode()).isEqualTo(200);
        assertThat(audit.actions()).containsExactly("TAG_RENAMED", "TAG_RENAMED", "TAG_RENAMED");
    }

    @Test
    void aSpanishNameOrAddressOfAnotherTopicOrAMalformedOneIsRefusedAndNothingChanges() {
        news.published("Item", NOW.minus(Duration.ofDays(1)), "Repatriation", "Border management");
        news.spanishTopicName("Border management", "Gestión de fronteras");
        long id = tagId("Repatriation");

        AdminClient.Response taken = admin.post("/admin/tags/" + id + "/spanish", "name", "Repatriación", "slug", "gestion-de-fronteras");
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.html().selectFirst("#spanish-slug-error").text()).contains("Border management");
        assertThat(taken.html().selectFirst("#spanish-slug").val()).isEqualTo("gestion-de-fronteras");
        AdminClient.Response malformed = admin.post("/admin/tags/" + id + "/spanish", "name", "Repatriación", "slug", "No Válido");
        assertThat(malformed.html().selectFirst("#spanish-slug-error")).isNotNull();
        AdminClient.Response empty = admin.post("/admin/tags/" + id + "/spanish", "name", " ", "slug", "");
        assertThat(empty.html().selectFirst("#spanish-name-error")).isNotNull();
        assertThat(admin.post("/admin/tags/" + id + "/spanish", "name", "x".repeat(61), "slug", "").html().selectFirst("#spanish-name-error"))
                .isNotNull();
        assertThat(admin.post("/admin/tags/" + id + "/spanish", "name", "Nul\u0000", "slug", "").status()).isEqualTo(200);
        assertThat(admin.post("/admin/tags/99999/spanish", "name", "Nada", "slug", "").status()).isEqualTo(404);

        assertThat(jdbc.sql("select count(*) from tag_translations where tag_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    private void assertMoved(String from, String to) {
        HttpResponse<String> response = http.get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(from).endsWith(to);
    }

    private long tagId(String name) {
        return jdbc.sql("select id from tags where name = ?").param(name).query(Long.class).single();
    }

    private String row(long id) {
        return jdbc.sql("select t.name || ' ' || t.slug || ' ' || coalesce(tr.name, '-') || ' ' || coalesce(tr.slug, '-')"
                + " from tags t left join tag_translations tr on tr.tag_id = t.id and tr.language = 'es' where t.id = ?")
                .param(id).query(String.class).single();
    }
}
