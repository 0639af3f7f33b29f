package org.newsdesk.transfer;

import org.newsdesk.AdminClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing the customer's old news page as text: a preview of what will be created, the blocks
 * that cannot be read with their lines, nothing created before the editor confirms, and no
 * duplicates when the same text comes again.
 */
class TextImportIT extends IntegrationTest {

    String text;

    @BeforeEach
    void setUp() throws IOException {
        text = NewsTextParserTests.fixture("news-page.txt");
    }

    @Test
    void theTransferPageOffersTextImportExportAndJsonImport() {
        Document page = admin.get("/admin/transfer").html();

        assertThat(page.select("h1").eachText()).containsExactly("Import and export");
        assertThat(page.select("main h2").eachText())
                .containsExactly("Import news from text", "Export every item", "Import an export");
        assertThat(page.selectFirst("#as-draft").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("a[href=/admin/transfer/export]")).isNotNull();
    }

    @Test
    void pastedTextIsPreviewedAndNothingIsCreatedBeforeConfirmation() {
        Document preview = admin.post("/admin/transfer/text", "text", text, "as", "draft").html();

        assertThat(preview.selectFirst(".import-summary").text())
                .isEqualTo("4 new items will be created as drafts. Nothing has been created yet.");
        assertThat(preview.select(".import-table tbody tr")).hasSize(4);
        assertThat(preview.select(".import-table tbody tr").get(0).select("td").eachText()).containsExactly("1",
                "4 December 2017", "The prevention of trafficking in persons in high schools",
                "Students from twelve schools in San José took part in workshops on how traffickers recruit young people online, and on where to ask for help.",
                "New: will be created");
        assertThat(preview.select(".import-problems")).isEmpty();
        assertThat(preview.selectFirst("form button.button-primary").text()).isEqualTo("Create 4 drafts");
        assertThat(preview.selectFirst("input[name=text]").val()).isEqualTo(text);
        assertThat(count()).isZero();

        AdminClient.Response confirmed = admin.post("/admin/transfer/text/confirm", AdminClient.formValues(preview, "main form"));

        assertThat(confirmed.redirect()).isEqualTo("/admin/items");
        assertThat(confirmed.flash("flash")).isEqualTo("Imported 4 new items as drafts.");
        List<Map<String, Object>> rows = jdbc.sql("""
                select title, status, published_at, created_by, slug from news_items order by published_at desc""")
                .query().listOfRows();
        assertThat(rows).extracting(row -> row.get("title")).containsExactly(
                "The prevention of trafficking in persons in high schools", "Return and reintegration of migrant children",
                "Migración en Centroamérica: nuevos datos", "Training for border officials");
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("status", "DRAFT").containsEntry("created_by", "editor@example.org"));
        assertThat(rows.get(2)).containsEntry("slug", "migracion-en-centroamerica-nuevos-datos");
        // Noon in Costa Rica, and a minute earlier for the second item of the same day.
        assertThat(instants(rows)).containsExactly(Instant.parse("2017-12-04T18:00:00Z"), Instant.parse("2017-11-28T18:00:00Z"),
                Instant.parse("2017-11-28T17:59:00Z"), Instant.parse("2017-10-15T18:00:00Z"));
        assertThat(jdbc.sql("select count(*) from news_item_revisions where kind = 'IMPORTED'").query(Long.class).single()).isEqualTo(4);
        assertThat(new Http(port).get("/news/training-for-border-officials").statusCode()).isEqualTo(404);
    }

    @Test
    void importingTheSameTextAgainCreatesNoDuplicatesAndSaysSo() {
        admin.post("/admin/transfer/text/confirm", "text", text, "as", "draft");
        assertThat(count()).isEqualTo(4);

        Document again = admin.post("/admin/transfer/text", "text", text, "as", "draft").html();

        assertThat(again.selectFirst(".import-summary").text()).isEqualTo(
                "No new item will be created. 4 are already on the site or repeated in the text, and will be skipped. Nothing has been created yet.");
        assertThat(again.select(".import-table tbody td:last-child").eachText()).containsOnly("Already on the site (same title and date): skipped");
        assertThat(again.select("button.button-primary")).isEmpty();

        AdminClient.Response confirmedAnyway = admin.post("/admin/transfer/text/confirm", "text", text, "as", "published");
        assertThat(confirmedAnyway.flash("flash")).isEqualTo("Published no new item. 4 were already on the site.");
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void aBlockRepeatedInTheTextIsCreatedOnce() {
        String twice = "1 May 2020\nSame item\nSummary.\n\n1 May 2020\nSame item\nSummary again.\n";

        Document preview = admin.post("/admin/transfer/text", "text", twice).html();
        assertThat(preview.select(".import-table tbody td:last-child").eachText())
                .containsExactly("New: will be created", "Repeated in this text: skipped");

        admin.post("/admin/transfer/text/confirm", "text", twice, "as", "draft");
        assertThat(count()).isOne();
    }

    @Test
    void blocksThatCannotBeReadAreListedWithTheirLinesAndLeftOut() throws IOException {
        String mistakes = NewsTextParserTests.fixture("news-page-with-mistakes.txt");

        Document preview = admin.post("/admin/transfer/text", "text", mistakes).html();

        assertThat(preview.selectFirst(".import-summary").text())
                .isEqualTo("2 new items will be created as drafts. 4 blocks could not be read (see below). Nothing has been created yet.");
        assertThat(preview.select(".import-problems li").eachText()).containsExactly(
                "Line 5: This text has no date line before it. Each item starts with a date such as “4 December, 2017”.",
                "Lines 7–9: “31 February, 2017” is not a real date.",
                "Lines 11–13: “5 Decembre, 2017” looks like a date, but its month is not one we know. Write it like “4 December, 2017”.",
                "Lines 15–16: A title without a summary paragraph after it.");
        assertThat(preview.select(".import-table tbody td:nth-child(3)").eachText())
                .containsExactly("A readable item", "Another readable item");

        admin.post("/admin/transfer/text/confirm", AdminClient.formValues(preview, "main form"));
        assertThat(jdbc.sql("select title from news_items order by title").query(String.class).list())
                .containsExactly("A readable item", "Another readable item");
    }

    @Test
    void publishedImportsAreOnTheSiteAtTheirDatesInTheOrderOfThePage() {
        admin.post("/admin/transfer/text/confirm", "text", text, "as", "published");

        Http http = new Http(port);
        assertThat(Http.html(http.get("/")).select("article.card h2").eachText()).containsExactly(
                "The prevention of trafficking in persons in high schools", "Return and reintegration of migrant children",
                "Migración en Centroamérica: nuevos datos", "Training for border officials");
        assertThat(Http.html(http.get("/news/training-for-border-officials")).selectFirst("article time").text())
                .isEqualTo("15 October 2017");
    }

    @Test
    void anUploadedTextFileIsReadLikePastedText() {
        MockMultipartFile file = new MockMultipartFile("file", "news.txt", "text/plain",
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

        Document preview = admin.upload("/admin/transfer/text", file, "as", "published").html();

        assertThat(preview.selectFirst(".import-summary").text()).startsWith("4 new items will be published at their dates.");
        assertThat(preview.selectFirst("input[name=text]").val()).isEqualTo(text);
        assertThat(preview.selectFirst("input[name=as]").val()).isEqualTo("published");
    }

    @Test
    void filesThatAreNotUtf8TextAreRefusedWithAMessage() {
        MockMultipartFile latin1 = new MockMultipartFile("file", "news.txt", "text/plain",
                "4 December 2017\nMigración\nResumen.".getBytes(StandardCharsets.ISO_8859_1));
        Document notUtf8 = admin.upload("/admin/transfer/text", latin1).html();
        assertThat(notUtf8.selectFirst("#text-error").text())
                .isEqualTo("The file is not UTF-8 text. Save it as “UTF-8” in your text editor and choose it again.");

        MockMultipartFile pdf = new MockMultipartFile("file", "news.pdf", "application/pdf", new byte[] {37, 80, 68, 70});
        assertThat(admin.upload("/admin/transfer/text", pdf).html().selectFirst("#text-error").text())
                .isEqualTo("Choose a .txt file (plain text).");

        MockMultipartFile huge = new MockMultipartFile("file", "news.txt", "text/plain", new byte[1024 * 1024 + 1]);
        assertThat(admin.upload("/admin/transfer/text", huge).html().selectFirst("#text-error").text())
                .isEqualTo("The file is larger than 1 MB. Split it into smaller files.");
        assertThat(count()).isZero();
    }

    @Test
    void emptyOrTooLongTextGetsAMessageAndKeepsTheText() {
        Document empty = admin.post("/admin/transfer/text", "text", "  \n ").html();
        assertThat(empty.selectFirst("#text-error").text()).isEqualTo("Paste some text or choose a file: there is nothing to import.");
        assertThat(empty.selectFirst("#text").attr("aria-invalid")).isEqualTo("true");

        String tooLong = "x".repeat(500_001);
        Document refused = admin.post("/admin/transfer/text", "text", tooLong, "as", "published").html();
        assertThat(refused.selectFirst("#text-error").text()).isEqualTo("The text is too long: at most 500000 characters at once. Import it in parts.");
        assertThat(refused.selectFirst("#text").wholeText()).hasSize(500_001);
        assertThat(refused.selectFirst("#as-published").hasAttr("checked")).isTrue();
    }

    @Test
    void backToTheTextFromThePreviewKeepsIt() {
        Document back = admin.post("/admin/transfer/text/edit", "text", text, "as", "published").html();

        assertThat(back.selectFirst("#text").wholeText()).isEqualTo(text);
        assertThat(back.selectFirst("#as-published").hasAttr("checked")).isTrue();
    }

    @Test
    void aSpanishPageIsImportedInSpanishWithItsDateLines() {
        String spanish = """
                4 de diciembre de 2017
                Feria consular en San José
                El consulado atiende el sábado.

                1 de setiembre de 2017
                Taller sobre trata de personas
                Funcionarios de tres países.

                4 dic. 2017
                Retornos desde el norte
                Llegaron cuarenta personas.
                """;
        assertThat(admin.get("/admin/transfer").html().selectFirst("#language-en").hasAttr("checked")).isTrue();
        Document preview = admin.post("/admin/transfer/text", "text", spanish, "as", "published", "language", "es").html();
        assertThat(preview.selectFirst("input[name=language]").val()).isEqualTo("es");
        assertThat(admin.post("/admin/transfer/text/edit", "text", spanish, "language", "es").html()
                .selectFirst("#language-es").hasAttr("checked")).isTrue();

        admin.post("/admin/transfer/text/confirm", "text", spanish, "as", "published", "language", "es");

        assertThat(jdbc.sql("select language || ' ' || to_char(published_at at time zone 'America/Costa_Rica', 'YYYY-MM-DD') || ' ' || title"
                        + " from news_items order by published_at, id").query(String.class).list())
                .containsExactly("es 2017-09-01 Taller sobre trata de personas", "es 2017-12-04 Retornos desde el norte",
                        "es 2017-12-04 Feria consular en San José");
        assertThat(org.newsdesk.Http.html(http.get("/es")).select("article h2").eachText()).contains("Feria consular en San José");
        // Without a choice (or with a language that is none), the site's language: English here (SpanishSiteImportsIT: Spanish).
        admin.post("/admin/transfer/text/confirm", "text", "5 December 2017\nIn English\nA summary.", "as", "draft", "language", "xx");
        assertThat(jdbc.sql("select language from news_items where title = 'In English'").query(String.class).single()).isEqualTo("en");
    }

    /**
     * The twin file (issue 14): the Spanish page lists the English page's stories on the same dates in
     * the same order; with the box ticked, each Spanish item is linked to the English one at the same
     * date and place, and one that has a translation already is left alone.
     */
    @Test
    void theTwinFileLinksEachItemToItsTranslationByDateAndPlaceWhenAsked() {
        String english = """
                4 December 2017
                Consular fair in San José
                The consulate opens on Saturday.

                4 December 2017
                Returns from the north
                Forty people arrived.

                1 September 2017
                Workshop on trafficking in persons
                Officials from three countries.
                """;
        String spanish = """
                4 de diciembre de 2017
                Feria consular en San José
                El consulado atiende el sábado.

                4 de diciembre de 2017
                Retornos desde el norte
                Llegaron cuarenta personas.

                1 de setiembre de 2017
                Taller sobre trata de personas
                Funcionarios de tres países.
                """;
        admin.post("/admin/transfer/text/confirm", "text", english, "as", "published", "language", "en");
        // Without the box: created, not linked.
        admin.post("/admin/transfer/text/confirm", "text", spanish.substring(0, spanish.indexOf("\n\n")), "as", "published",
                "language", "es");
        assertThat(jdbc.sql("select count(*) from news_items where translation_group is not null").query(Long.class).single()).isZero();

        Document form = admin.get("/admin/transfer").html();
        assertThat(form.selectFirst("#twins").hasAttr("checked")).isFalse();
        Document preview = admin.post("/admin/transfer/text", "text", spanish, "as", "published", "language", "es",
                "twins", "yes").html();
        assertThat(preview.selectFirst("input[name=twins]").val()).isEqualTo("yes");
        assertThat(admin.post("/admin/transfer/text/edit", "text", spanish, "twins", "yes").html()
                .selectFirst("#twins").hasAttr("checked")).isTrue();
        AdminClient.Response confirmed = admin.post("/admin/transfer/text/confirm", AdminClient.formValues(preview, "main form"));

        assertThat(confirmed.flash("flash").toString()).endsWith("3 items were linked to their translations.");
        assertThat(jdbc.sql("""
                        select e.title || ' = ' || s.title from news_items e join news_items s
                        on s.translation_group = e.translation_group and s.language = 'es' where e.language = 'en' order by e.published_at desc
                        """).query(String.class).list()).containsExactly(
                "Consular fair in San José = Feria consular en San José", "Returns from the north = Retornos desde el norte",
                "Workshop on trafficking in persons = Taller sobre trata de personas");
        assertThat(Http.html(http.get("/news/returns-from-the-north")).selectFirst(".language-switch a").attr("href"))
                .isEqualTo("/es/noticias/retornos-desde-el-norte");

        // Again: every item has its translation, nothing more is linked.
        AdminClient.Response again = admin.post("/admin/transfer/text/confirm", "text", spanish, "as", "published", "language", "es",
                "twins", "yes");
        assertThat(again.flash("flash").toString()).endsWith("No item was linked to its translation.");
    }

    private long count() {
        return jdbc.sql("select count(*) from news_items").query(Long.class).single();
    }

    private static List<Instant> instants(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> ((java.sql.Timestamp) row.get("published_at")).toInstant()).toList();
    }
}
