package org.newsdesk.news;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language of an item on the editors' screens (issue 14): chosen on the form, saved, shown,
 * refused where its translation already has it; shown and filtered on in the item list.
 */
class ItemLanguageIT extends IntegrationTest {

    @Test
    void aNewItemIsInTheSiteLanguageUnlessTheEditorChoosesSpanish() {
        Document english = admin.get("/admin/items/new").html();
        assertThat(english.select("input[name=language][checked]").eachAttr("value")).containsExactly("en");
        assertThat(english.selectFirst(".slug-prefix").text()).isEqualTo("/news/");
        Document spanish = admin.get("/admin/items/new?language=es").html();
        assertThat(spanish.select("input[name=language][checked]").eachAttr("value")).containsExactly("es");
        assertThat(spanish.selectFirst(".slug-prefix").text()).isEqualTo("/es/noticias/");
        // Anything else is no language: the site's default.
        assertThat(admin.get("/admin/items/new?language=%00xx").html().select("input[name=language][checked]").eachAttr("value"))
                .containsExactly("en");

        AdminClient.Response published = admin.post("/admin/items", "title", "Feria consular en San José",
                "summary", "El sábado.", "language", "es", "action", "publish");

        long id = published.redirectedId();
        assertThat(language(id)).isEqualTo("es");
        assertThat(published.flash("flash")).isEqualTo("Published: “Feria consular en San José” is public at /es/noticias/feria-consular-en-san-jose.");
        assertThat(Http.html(http.get("/es/noticias/feria-consular-en-san-jose")).selectFirst("h1").text()).isEqualTo("Feria consular en San José");
        assertThat(Http.html(http.get("/es")).select("article h2").eachText()).contains("Feria consular en San José");
        assertThat(Http.html(http.get("/")).select("article h2").eachText()).doesNotContain("Feria consular en San José");
        assertThat(admin.get("/admin/items/" + id).html().select("input[name=language][checked]").eachAttr("value")).containsExactly("es");

        long english2 = admin.post("/admin/items", "title", "Without a language", "summary", "Old form.", "action", "save").redirectedId();
        assertThat(language(english2)).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsRefusedNextToTheFieldAndNothingIsSaved() {
        AdminClient.Response refused = admin.post("/admin/items", "title", "Klingon", "summary", "No.", "language", "tlh",
                "action", "save");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().selectFirst("#language-error").text()).isEqualTo("Choose English or Spanish.");
        assertThat(news.count()).isZero();
    }

    @Test
    void anItemCannotMoveIntoTheLanguageOfItsTranslation() {
        NewsItem english = news.draft("Consular fair");
        NewsItem spanish = news.inSpanish(news.draft("Feria consular"));
        news.linkTranslations(english, spanish);
        Document form = admin.get("/admin/items/" + english.getId()).html();

        AdminClient.Response refused = admin.post("/admin/items/" + english.getId(),
                AdminClient.formValues(form, "form.item-form", "language", "es", "action", "save"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().selectFirst("#language-error").text()).startsWith("This item’s translation is already in that language.");
        assertThat(refused.html().select("input[name=language][checked]").eachAttr("value")).containsExactly("es");
        assertThat(language(english.getId())).isEqualTo("en");

        // Without a translation in the way, the language changes.
        NewsItem alone = news.draft("Alone");
        Document aloneForm = admin.get("/admin/items/" + alone.getId()).html();
        assertThat(admin.post("/admin/items/" + alone.getId(), AdminClient.formValues(aloneForm, "form.item-form", "language", "es", "action", "save"))
                .status()).isEqualTo(302);
        assertThat(language(alone.getId())).isEqualTo("es");
    }

    @Test
    void theListShowsEachItemsLanguageAndTranslationAndFiltersByLanguage() {
        NewsItem english = news.published("Consular fair", NOW.minusSeconds(3600));
        NewsItem spanish = news.publishedInSpanish("Feria consular", NOW.minusSeconds(3600));
        news.linkTranslations(english, spanish);
        NewsItem alone = news.draft("Only in English");

        Document all = admin.get("/admin/items").html();
        assertThat(all.select(".items-table tbody tr").eachText()).hasSize(3);
        assertThat(cell(all, "Consular fair")).isEqualTo("English ES: translated");
        assertThat(link(all, "Consular fair")).isEqualTo("/admin/items/" + spanish.getId());
        assertThat(cell(all, "Feria consular")).isEqualTo("Spanish EN: translated");
        assertThat(link(all, "Feria consular")).isEqualTo("/admin/items/" + english.getId());
        assertThat(cell(all, "Only in English")).isEqualTo("English ES: missing");
        assertThat(link(all, "Only in English")).isEqualTo("/admin/items/" + alone.getId() + "/translation");

        Document spanishOnly = admin.get("/admin/items?language=es").html();
        assertThat(spanishOnly.select(".items-table tbody td:first-child").eachText()).containsExactly("Feria consular");
        assertThat(spanishOnly.selectFirst("#filter-language option[selected]").val()).isEqualTo("es");
        assertThat(spanishOnly.selectFirst(".page-heading a").attr("href")).isEqualTo("/admin/items/new?language=es");
        assertThat(admin.get("/admin/items?language=en&status=draft").html().select(".items-table tbody td:first-child").eachText())
                .containsExactly("Only in English");
        // A language that is none is no filter.
        for (String hostile : new String[] {"xx", "%00", "es'--", "%E2%80%AE"}) {
            AdminClient.Response page = admin.get("/admin/items?language=" + hostile);
            assertThat(page.status()).as(hostile).isEqualTo(200);
            assertThat(page.html().select(".items-table tbody tr")).as(hostile).hasSize(3);
        }
    }

    @Test
    void pageLinksOfTheListKeepTheLanguage() {
        for (int i = 0; i < ItemIndex.PAGE_SIZE + 1; i++) {
            news.inSpanish(news.draft("Borrador " + i));
        }
        Document first = admin.get("/admin/items?language=es").html();
        assertThat(first.select("a[rel=next]").attr("href")).contains("language=es");
    }

    private String language(long id) {
        return jdbc.sql("select language from news_items where id = ?").param(id).query(String.class).single();
    }

    private static String cell(Document list, String title) {
        return row(list, title).selectFirst("td.item-language").text();
    }

    private static String link(Document list, String title) {
        return row(list, title).selectFirst("td.item-language a").attr("href");
    }

    private static org.jsoup.nodes.Element row(Document list, String title) {
        return list.select(".items-table tbody tr").stream()
                .filter(tr -> tr.selectFirst("td").text().equals(title)).findFirst().orElseThrow();
    }
}
