package org.newsdesk.transfer;

import org.newsdesk.AdminClient;
import org.newsdesk.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON export of every item and its import back: same rows, idempotent, clear errors. */
class JsonTransferIT extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void theExportIsADownloadOfEveryItemWithTagsStatusDatesAndOldSlugs() {
        createSite();

        AdminClient.Response export = admin.get("/admin/transfer/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.raw().getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(export.raw().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"newsdesk-items-2026-06-15.json\"");
        JsonNode file = json.readTree(export.body());
        assertThat(file.get("format").asString()).isEqualTo("newsdesk-items");
        assertThat(file.get("version").asInt()).isEqualTo(1);
        assertThat(file.get("items")).hasSize(4);
        JsonNode renamed = file.get("items").get(0);
        assertThat(renamed.get("slug").asString()).isEqualTo("cross-border-cooperation");
        assertThat(renamed.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(renamed.get("publishedAt").asString()).isEqualTo("2026-06-10T14:30:00Z");
        assertThat(renamed.get("body").asString()).isEqualTo("Details with **bold** text.");
        assertThat(renamed.get("tags").get(0).get("name").asString()).isEqualTo("Guatemala");
        assertThat(renamed.get("tags").get(0).get("slug").asString()).isEqualTo("guatemala");
        assertThat(renamed.get("oldSlugs").get(0).get("slug").asString()).isEqualTo("border-meeting");
        assertThat(renamed.has("bodyHtml")).isFalse();
    }

    @Test
    void exportClearImportGivesBackTheSameRowsAndImportingTwiceChangesNothing() {
        createSite();
        byte[] export = admin.get("/admin/transfer/export").raw().getContentAsByteArray();
        List<Map<String, Object>> items = itemRows();
        List<Map<String, Object>> tags = tagRows();
        List<Map<String, Object>> oldSlugs = oldSlugRows();

        news.clear();
        Document result = importFile(export, false);

        assertThat(result.select(".import-counts li").eachText()).containsExactly(
                "4 items created", "No item updated", "No item already up to date", "No item skipped");
        assertThat(itemRows()).isEqualTo(items);
        assertThat(tagRows()).isEqualTo(tags);
        assertThat(oldSlugRows()).isEqualTo(oldSlugs);

        long revisions = count("news_item_revisions");
        Document again = importFile(export, true);
        assertThat(again.select(".import-counts li").eachText()).containsExactly(
                "No item created", "No item updated", "4 items already up to date", "No item skipped");
        assertThat(again.select("tbody td:last-child").eachText()).containsOnly("Already up to date");
        assertThat(itemRows()).isEqualTo(items);
        assertThat(count("news_item_revisions")).isEqualTo(revisions);
    }

    @Test
    void anItemChangedHereIsSkippedUnlessUpdatingIsAsked() {
        createSite();
        byte[] export = admin.get("/admin/transfer/export").raw().getContentAsByteArray();
        long id = jdbc.sql("select id from news_items where slug = 'a-draft-without-date'").query(Long.class).single();
        // The editor keeps the draft's address (an address left empty would follow the new title).
        admin.post("/admin/items/" + id, AdminClient.formValues(admin.get("/admin/items/" + id).html(), "form.item-form",
                "title", "Changed here", "slug", "a-draft-without-date"));

        Document skipped = importFile(export, false);
        assertThat(skipped.select(".import-counts li").eachText()).contains("1 item skipped (different here, not updated)");
        assertThat(skipped.selectFirst(".note").text()).startsWith("Some items are here with other content");
        assertThat(title(id)).isEqualTo("Changed here");

        Document updated = importFile(export, true);
        assertThat(updated.select(".import-counts li").eachText()).contains("1 item updated", "3 items already up to date");
        assertThat(title(id)).isEqualTo("A draft without date");
        assertThat(jdbc.sql("select kind || ' ' || saved_by from news_item_revisions where news_item_id = ? order by number desc limit 1")
                .param(id).query(String.class).single()).isEqualTo("IMPORTED editor@example.org");
    }

    @Test
    void aHandMadeFileNeedsOnlyTheEssentialsAndItsHtmlIsNeverTrusted() {
        String file = """
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "hand-made", "title": "Hand made", "summary": "Written by hand.", "status": "DRAFT",
                   "body": "*Markdown* and <script>alert(1)</script>", "bodyHtml": "<script>alert(2)</script>",
                   "tags": [{"name": "Mexico"}]}
                ]}""";

        Document result = importFile(file.getBytes(StandardCharsets.UTF_8), false);

        assertThat(result.select(".import-counts li").first().text()).isEqualTo("1 item created");
        Map<String, Object> row = jdbc.sql("select body_html, created_by, updated_by from news_items").query().singleRow();
        assertThat(row.get("body_html")).asString().doesNotContain("<script").contains("<em>Markdown</em>");
        assertThat(row).containsEntry("created_by", "editor@example.org").containsEntry("updated_by", "editor@example.org");
        assertThat(jdbc.sql("select slug from tags").query(String.class).single()).isEqualTo("mexico");
    }

    @Test
    void malformedFilesAreRefusedWithAClearMessageAndNothingIsImported() {
        assertThat(problems("{\"format\": \"newsdesk-items\", \"items\": [".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("The file is not valid JSON. The problem is at line 1");
        assertThat(problems("{\"something\": \"else\"}".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("This file is not a Newsdesk export: it has no \"format\": \"newsdesk-items\" with a list of items.");
        assertThat(problems("{\"format\": \"newsdesk-items\", \"version\": 7, \"items\": []}".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("This export has format version 7, which this Newsdesk cannot read.");
        assertThat(problems("""
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "fine", "title": "Fine", "summary": "S.", "status": "DRAFT"},
                  {"slug": "bad", "title": "T", "summary": "S.", "status": "DRAFT", "publishedAt": "yesterday"}]}
                """.getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("Item 2 (address “bad”), publishedAt: the value is not of the expected kind");
        assertThat(problems(new byte[0])).containsExactly("Choose the JSON file to import.");
        assertThat(count("news_items")).isZero();
    }

    @Test
    void everyInvalidFieldIsListedWithItsItemAndNothingIsImported() {
        String file = """
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "good-one", "title": "Good", "summary": "S.", "status": "DRAFT"},
                  {"slug": "Bad Slug", "title": "%s", "summary": "Two\\nlines", "status": "LIVE"},
                  {"slug": "good-one", "title": "Twice", "summary": "S.", "status": "PUBLISHED",
                   "tags": [{"name": ""}]}
                ]}""".formatted("T".repeat(201));

        assertThat(problems(file.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrder(
                "Item 2 (address “Bad Slug”), slug: Not a valid address: lowercase letters a–z, digits and single hyphens, at most 120 characters.",
                "Item 2 (address “Bad Slug”), status: The status must be DRAFT, PUBLISHED or WITHDRAWN.",
                "Item 2 (address “Bad Slug”), summary: The summary is one paragraph: remove the line breaks.",
                "Item 2 (address “Bad Slug”), title: The title is too long: at most 200 characters.",
                "Item 3 (address “good-one”), slug: This address appears more than once in the file.",
                "Item 3 (address “good-one”), publishedAt: A published item needs a date.",
                "Item 3 (address “good-one”), tags[0].name: A topic name has 1 to 60 characters.");
        assertThat(count("news_items")).isZero();
    }

    @Test
    void anItemThatClashesWithAnOldAddressHereRollsTheWholeImportBack() {
        long id = idOf(admin.post("/admin/items", "title", "Taken", "summary", "S.", "action", "publish"));
        admin.post("/admin/items/" + id, AdminClient.formValues(admin.get("/admin/items/" + id).html(), "form.item-form",
                "slug", "taken-now"));
        String file = """
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "first-new", "title": "First", "summary": "S.", "status": "DRAFT"},
                  {"slug": "taken", "title": "Clash", "summary": "S.", "status": "DRAFT"}
                ]}""";

        assertThat(problems(file.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "Item 2 (address “taken”), slug: The address /news/taken is an old address of another item here.");
        assertThat(jdbc.sql("select slug from news_items").query(String.class).list()).containsExactly("taken-now");
    }

    @Test
    void languagesAndTranslationLinksMakeTheRoundTrip() {
        var english = news.published("Consular fair", NOW.minus(Duration.ofDays(1)));
        var spanish = news.publishedInSpanish("Feria consular", NOW.minus(Duration.ofDays(1)));
        news.linkTranslations(english, spanish);
        news.publishedInSpanish("Solo en español", NOW.minus(Duration.ofDays(2)));
        byte[] export = admin.get("/admin/transfer/export").raw().getContentAsByteArray();
        JsonNode items = json.readTree(export).get("items");
        assertThat(items.valueStream().map(item -> item.get("slug").asString() + " " + item.get("language").asString()))
                .containsExactly("consular-fair en", "feria-consular es", "solo-en-espanol es");
        assertThat(items.get(0).get("translationGroup").asString()).isNotBlank().isEqualTo(items.get(1).get("translationGroup").asString());
        assertThat(items.get(2).get("translationGroup").isNull()).isTrue();

        news.clear();
        importFile(export, false);

        assertThat(jdbc.sql("select slug || ' ' || language from news_items order by slug").query(String.class).list())
                .containsExactly("consular-fair en", "feria-consular es", "solo-en-espanol es");
        assertThat(jdbc.sql("select count(distinct translation_group) from news_items where slug in ('consular-fair', 'feria-consular')")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from news_items where translation_group is null").query(Long.class).single()).isEqualTo(1);
        assertThat(org.newsdesk.Http.html(http.get("/es/noticias/feria-consular")).selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://news.example.org/news/consular-fair");
    }

    @Test
    void aHandMadeFileLinksItemsByAKeyOfItsOwnAndNamesAWrongLanguage() {
        String linked = """
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "fair", "title": "Fair", "summary": "S.", "status": "DRAFT", "language": "en", "translationGroup": "fair"},
                  {"slug": "feria", "title": "Feria", "summary": "S.", "status": "DRAFT", "language": "es", "translationGroup": "fair"}
                ]}""";
        importFile(linked.getBytes(StandardCharsets.UTF_8), false);
        assertThat(jdbc.sql("select count(distinct translation_group) from news_items where translation_group is not null")
                .query(Long.class).single()).isEqualTo(1);

        String wrong = """
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "fair-fr", "title": "Foire", "summary": "S.", "status": "DRAFT", "language": "fr", "translationGroup": "a b"}
                ]}""";
        assertThat(problems(wrong.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrder(
                "Item 1 (address “fair-fr”), language: The language is en or es.",
                "Item 1 (address “fair-fr”), translationGroup: A translation key is 1 to 40 letters a–z, digits, hyphens or underscores.");
        assertThat(news.count()).isEqualTo(2);
    }

    /** A published item with tags, a body and a changed slug; a draft; a scheduled item; a withdrawn one. */
    private void createSite() {
        clock.set(NOW.minus(Duration.ofDays(4)));
        long renamed = idOf(admin.post("/admin/items", "title", "Border meeting", "summary", "Officials met.",
                "body", "Details with **bold** text.", "tags", "Mexico, Guatemala", "date", "2026-06-10", "time", "08:30",
                "action", "publish"));
        clock.set(NOW.minus(Duration.ofDays(3)));
        admin.as("Ana Pérez").post("/admin/items/" + renamed, AdminClient.formValues(admin.get("/admin/items/" + renamed).html(),
                "form.item-form", "slug", "cross-border-cooperation"));
        clock.set(NOW);
        admin.post("/admin/items", "title", "A draft without date", "summary", "Later.", "tags", "Mexico");
        admin.post("/admin/items", "title", "Scheduled item", "summary", "Soon.", "date", "2026-07-01", "time", "09:00",
                "action", "schedule");
        long withdrawn = idOf(admin.post("/admin/items", "title", "Withdrawn item", "summary", "Oops.", "date", "2026-06-01",
                "action", "publish"));
        admin.post("/admin/items/" + withdrawn, AdminClient.formValues(admin.get("/admin/items/" + withdrawn).html(),
                "form.item-form", "withdrawalNote", "Published in error.", "action", "withdraw"));
    }

    private Document importFile(byte[] file, boolean update) {
        return new ImportPage(admin).importFile(file, update);
    }

    private List<String> problems(byte[] file) {
        return new ImportPage(admin).problems(file);
    }

    private List<Map<String, Object>> itemRows() {
        return jdbc.sql("""
                select slug, title, summary, body_markdown, body_html, status, published_at, first_published_at,
                       withdrawal_note, created_at, created_by, updated_at, updated_by
                from news_items order by slug""").query().listOfRows();
    }

    private List<Map<String, Object>> tagRows() {
        return jdbc.sql("""
                select i.slug as item, t.name, t.slug from news_item_tags it join news_items i on i.id = it.news_item_id
                join tags t on t.id = it.tag_id order by i.slug, t.name""").query().listOfRows();
    }

    private List<Map<String, Object>> oldSlugRows() {
        return jdbc.sql("""
                select s.slug, i.slug as item, s.retired_at from news_item_slugs s join news_items i on i.id = s.news_item_id
                order by s.slug""").query().listOfRows();
    }

    private String title(long id) {
        return jdbc.sql("select title from news_items where id = ?").param(id).query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static long idOf(AdminClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }
}
