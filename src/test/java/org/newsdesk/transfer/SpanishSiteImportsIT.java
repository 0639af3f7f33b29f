package org.newsdesk.transfer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a site whose language is Spanish ({@code newsdesk.site.locale=es}, an instance of its own on
 * the tests' database), imports that do not say a language make Spanish items, as the item form
 * does (issue 14): the text import's form offers Spanish first, a text posted without the choice
 * and a JSON file without languages make Spanish items. The editors' screens are in Spanish, with
 * languages named in lower case inside a sentence.
 */
class SpanishSiteImportsIT extends IntegrationTest {

    static final String EDITOR = "lucia@example.org";
    static ConfigurableApplicationContext spanishSite;

    @BeforeAll
    static void startASpanishSite() {
        spanishSite = SecondInstance.start("newsdesk.site.locale=es");
    }

    @AfterAll
    static void stop() {
        if (spanishSite != null) {
            spanishSite.close();
        }
    }

    @Test
    void importsWithoutALanguageMakeItemsInTheSitesLanguage() {
        users.editor(EDITOR, "Lucía Mora");
        FormClient editor = signedIn(EDITOR).at(SecondInstance.port(spanishSite));
        Document transfer = FormClient.html(editor.get("/admin/transfer"));
        assertThat(transfer.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(transfer.select("input[name=language][checked]").eachAttr("value")).containsExactly("es");

        HttpResponse<String> confirmed = editor.post("/admin/transfer/text/confirm", Map.of(
                "_csrf", transfer.select("input[name=_csrf]").first().val(),
                "text", "4 de diciembre de 2017\nFeria consular en San José\nEl sábado, en el parque central.\n",
                "as", "draft"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(language("Feria consular en San José")).isEqualTo("es");

        String file = """
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "retornos-asistidos", "title": "Retornos asistidos", "summary": "Un resumen.", "status": "DRAFT"}
                ]}""";
        spanishSite.getBean(ItemArchives.class).importFrom(new MockMultipartFile("file", "items.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8)), false, EDITOR);
        assertThat(language("Retornos asistidos")).isEqualTo("es");

        // On this (English) site the same file makes an English item.
        jdbc.sql("delete from news_items where slug = 'retornos-asistidos'").update();
        admin.upload("/admin/transfer/json", new MockMultipartFile("file", "items.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8)));
        assertThat(language("Retornos asistidos")).isEqualTo("en");
    }

    @Test
    void theTranslationScreenNamesLanguagesInsideSentencesInLowerCase() {
        users.editor(EDITOR, "Lucía Mora");
        long id = news.published("Consular fair", NOW.minusSeconds(3600)).getId();
        FormClient editor = signedIn(EDITOR).at(SecondInstance.port(spanishSite));

        Document screen = FormClient.html(editor.get("/admin/items/" + id + "/translation"));

        assertThat(screen.select("p.translation-of").text()).isEqualTo("«Consular fair» está en inglés.");
        assertThat(screen.select("#translate-title").text()).isEqualTo("Traducir al español");
        assertThat(screen.select("#link-title").text()).isEqualTo("O vincular una noticia ya escrita en español");
    }

    private String language(String title) {
        return jdbc.sql("select language from news_items where title = ?").param(title).query(String.class).single();
    }
}
