package org.newsdesk.news.tags;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The editors' tags screen: counts, rename (old address 301), merge, delete. */
class TagAdminIT extends IntegrationTest {

    FormClient editor;

    @BeforeEach
    void setUp() {
        users.editor("ana@example.org", "Ana Rojas");
        editor = signedIn("ana@example.org");
    }

    @Test
    void everyTagIsListedWithItsItemsOfAnyStatusAndItsPublicItems() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Repatriation", "Costa Rica");
        news.draft("Draft", "Repatriation");
        news.published("Scheduled", NOW.plus(Duration.ofDays(1)), "Repatriation");
        news.withdrawn("Withdrawn", NOW.minus(Duration.ofDays(3)), null, "Repatriation");
        unusedTag("Panama");

        HttpResponse<String> response = editor.get("/admin/tags");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        Document page = FormClient.html(response);
        assertThat(page.title()).isEqualTo("Tags — Admin — Test News");
        assertThat(page.select("tbody tr td:first-child").eachText()).containsExactly("Costa Rica", "Panama", "Repatriation");
        assertThat(page.select("tbody tr td.tag-items").eachText()).containsExactly("1", "0", "4");
        assertThat(page.select("tbody tr td.tag-visible").eachText()).containsExactly("1", "0", "1");
        assertThat(page.select("tbody tr:nth-child(3) td:nth-child(2) a").attr("href")).isEqualTo("/tags/repatriation");
        assertThat(page.select("header nav a[aria-current=page]").text()).isEqualTo("Tags");
    }

    @Test
    void renamingWithAnEmptyAddressMakesANewOneAndTheOldAddressAnswers301() {
        news.publishedSeries(12, NOW.minus(Duration.ofHours(1)), "Migrant health");
        Document page = openTag("Migrant health");
        assertThat(page.select("input#slug").attr("value")).isEqualTo("migrant-health");

        HttpResponse<String> saved = editor.submit(page, "#rename-form", Map.of("name", "  Health of migrants ", "slug", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/tags");
        assertThat(FormClient.html(editor.get("/admin/tags")).select(".flash").text()).isEqualTo("Renamed “Migrant health” to "
                + "“Health of migrants”. Its topic page moved from /tags/migrant-health to /tags/health-of-migrants; "
                + "the old address leads to the new one.");
        HttpResponse<String> old = editor.get("/tags/migrant-health");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/tags/health-of-migrants");
        HttpResponse<String> oldSecondPage = editor.get("/tags/migrant-health/page/2");
        assertThat(oldSecondPage.statusCode()).isEqualTo(301);
        assertThat(oldSecondPage.headers().firstValue("Location").orElseThrow()).endsWith("/tags/health-of-migrants/page/2");
        HttpResponse<String> current = editor.get("/tags/health-of-migrants");
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(FormClient.html(current).select("h1").text()).isEqualTo("Topic: Health of migrants");
    }

    @Test
    void renamingOnlyTheNameKeepsTheAddress() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "mexico");

        editor.submit(openTag("mexico"), "#rename-form", Map.of("name", "Mexico"));

        assertThat(FormClient.html(editor.get("/admin/tags")).select(".flash").text()).isEqualTo("Renamed “mexico” to “Mexico”.");
        assertThat(editor.get("/tags/mexico").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from tag_slugs").query(Long.class).single()).isZero();
    }

    @Test
    void aTypedAddressIsUsedLowerCasedAndTakingBackAnOldAddressWorks() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Salud");

        editor.submit(openTag("Salud"), "#rename-form", Map.of("slug", "Salud-Migrante"));
        assertThat(editor.get("/tags/salud").headers().firstValue("Location").orElseThrow()).endsWith("/tags/salud-migrante");

        editor.submit(openTag("Salud"), "#rename-form", Map.of("slug", "salud"));

        assertThat(editor.get("/tags/salud").statusCode()).isEqualTo(200);
        HttpResponse<String> moved = editor.get("/tags/salud-migrante");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/tags/salud");
    }

    @Test
    void aRefusedRenameKeepsWhatWasTypedWithTheMessageNextToTheField() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Border management", "Costa Rica");
        Document page = openTag("Border management");

        Document takenName = FormClient.html(editor.submit(page, "#rename-form", Map.of("name", "COSTA RICA", "slug", "fronteras")));
        assertThat(takenName.select("#name-error").text())
                .isEqualTo("There is already a tag named “Costa Rica”. To combine the two, merge this tag into it.");
        assertThat(takenName.select("input#name").attr("value")).isEqualTo("COSTA RICA");
        assertThat(takenName.select("input#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(takenName.select("input#slug").attr("value")).isEqualTo("fronteras");

        Document badSlug = FormClient.html(editor.submit(page, "#rename-form", Map.of("name", "Borders", "slug", "not valid!")));
        assertThat(badSlug.select("#slug-error").text())
                .isEqualTo("Use only lowercase letters a–z, digits and single hyphens, for example migrant-health.");
        assertThat(badSlug.select("input#name").attr("value")).isEqualTo("Borders");

        Document takenSlug = FormClient.html(editor.submit(page, "#rename-form", Map.of("name", "Borders", "slug", "costa-rica")));
        assertThat(takenSlug.select("#slug-error").text()).isEqualTo("The tag “Costa Rica” already has this address. Choose another one.");

        Document tooLong = FormClient.html(editor.submit(page, "#rename-form", Map.of("name", "x".repeat(61))));
        assertThat(tooLong.select("#name-error").text()).isEqualTo("Use at most 60 characters.");
        assertThat(tooLong.select("input#name").attr("value")).isEqualTo("x".repeat(61));

        Document empty = FormClient.html(editor.submit(page, "#rename-form", Map.of("name", "  ")));
        assertThat(empty.select("#name-error").text()).isEqualTo("Enter a name.");

        Document noLetters = FormClient.html(editor.submit(page, "#rename-form", Map.of("name", "!!!", "slug", "")));
        assertThat(noLetters.select("#name-error").text()).isEqualTo("The name needs at least one letter or digit.");

        Document lineBreak = FormClient.html(editor.submit(page, "#rename-form", Map.of("name", "Border\nmanagement")));
        assertThat(lineBreak.select("#name-error").text()).isEqualTo("Use one line of text, without tabs or line breaks.");

        assertThat(editor.get("/tags/border-management").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select name from tags order by name").query(String.class).list())
                .containsExactly("Border management", "Costa Rica");
    }

    @Test
    void mergingMovesTheItemsCollapsesDuplicatesAndSendsTheOldAddressesToTheTarget() {
        news.published("Only old", NOW.minus(Duration.ofDays(1)), "Guatemala City");
        news.published("Both", NOW.minus(Duration.ofDays(2)), "Guatemala City", "Ciudad de Guatemala");
        news.draft("Only new", "Ciudad de Guatemala");
        Document source = openTag("Guatemala City");
        editor.submit(source, "#rename-form", Map.of("slug", "gua-city"));
        source = openTag("Guatemala City");

        HttpResponse<String> confirmation = editor.submit(source, "#merge-form", Map.of("into", idOf("Ciudad de Guatemala")));

        assertThat(confirmation.statusCode()).isEqualTo(200);
        Document confirm = FormClient.html(confirmation);
        assertThat(confirm.select("h1").text()).isEqualTo("Merge “Guatemala City” into “Ciudad de Guatemala”");
        assertThat(confirm.select(".merge-summary").text()).isEqualTo("The 2 items of “Guatemala City” will carry "
                + "“Ciudad de Guatemala” instead (an item that has both keeps one). “Guatemala City” will be deleted, and its "
                + "address /tags/gua-city will lead to /tags/ciudad-de-guatemala. This cannot be undone.");
        assertThat(jdbc.sql("select count(*) from tags").query(Long.class).single()).isEqualTo(2);

        HttpResponse<String> merged = editor.submit(confirm, "#merge-confirm-form", Map.of());

        assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("/admin/tags");
        Document list = FormClient.html(editor.get("/admin/tags"));
        assertThat(list.select(".flash").text())
                .isEqualTo("Merged “Guatemala City” into “Ciudad de Guatemala”. /tags/gua-city now leads to /tags/ciudad-de-guatemala.");
        assertThat(list.select("tbody tr td:first-child").eachText()).containsExactly("Ciudad de Guatemala");
        assertThat(list.select("tbody tr td.tag-items").eachText()).containsExactly("3");
        assertThat(jdbc.sql("select count(*) from news_item_tags").query(Long.class).single()).isEqualTo(3);
        for (String old : List.of("/tags/gua-city", "/tags/guatemala-city")) {
            HttpResponse<String> moved = editor.get(old);
            assertThat(moved.statusCode()).as(old).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/tags/ciudad-de-guatemala");
        }
        Document target = FormClient.html(editor.get("/tags/ciudad-de-guatemala"));
        assertThat(target.select("article.card h2").eachText()).containsExactly("Only old", "Both");
    }

    @Test
    void mergingNeedsAChosenTagAndTheConfirmationChangesNothing() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Honduras", "Nicaragua");
        Document page = openTag("Honduras");

        Document notChosen = FormClient.html(editor.submit(page, "#merge-form", Map.of("into", "")));
        assertThat(notChosen.select("#into-error").text()).isEqualTo("Choose the tag to merge into.");
        Document itself = FormClient.html(editor.get("/admin/tags/" + idOf("Honduras") + "/merge?into=" + idOf("Honduras")));
        assertThat(itself.select("#into-error").text()).isEqualTo("A tag cannot be merged into itself. Choose another tag.");
        Document gone = FormClient.html(editor.get("/admin/tags/" + idOf("Honduras") + "/merge?into=999999"));
        assertThat(gone.select("#into-error").text()).isEqualTo("That tag no longer exists. Choose another one.");

        assertThat(jdbc.sql("select count(*) from tags").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anUnusedTagCanBeDeletedAndAUsedOneCannot() {
        news.draft("Draft", "Belize");
        unusedTag("El Salvador");

        Document used = openTag("Belize");
        assertThat(used.select("#delete-form")).isEmpty();
        assertThat(used.select("main section:last-of-type p").text())
                .isEqualTo("This tag cannot be deleted while items carry it. Remove it from those items, or merge it into another tag.");
        String csrf = used.select("#rename-form input[name=_csrf]").val();
        HttpResponse<String> refused = editor.post("/admin/tags/" + idOf("Belize") + "/delete", Map.of("_csrf", csrf));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/tags/" + idOf("Belize"));
        assertThat(FormClient.html(editor.get("/admin/tags/" + idOf("Belize"))).select(".flash-error").text()).isEqualTo(
                "“Belize” cannot be deleted: 1 item carries it. Remove it from those items, or merge it into another tag.");

        HttpResponse<String> deleted = editor.submit(openTag("El Salvador"), "#delete-form", Map.of());

        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/tags");
        assertThat(FormClient.html(editor.get("/admin/tags")).select(".flash").text()).isEqualTo("Deleted the tag “El Salvador”.");
        assertThat(editor.get("/tags/el-salvador").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select name from tags").query(String.class).list()).containsExactly("Belize");
    }

    @Test
    void onlySignedInEditorsReachTheTagsScreen() {
        news.published("One", NOW.minus(Duration.ofDays(1)), "Honduras");
        FormClient anonymous = new FormClient(port);

        assertThat(anonymous.get("/admin/tags").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(anonymous.get("/admin/tags/" + idOf("Honduras")).statusCode()).isEqualTo(302);
        assertThat(anonymous.post("/admin/tags/" + idOf("Honduras") + "/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/tags/abc").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/tags/12345").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from tags").query(Long.class).single()).isEqualTo(1);
    }

    private Document openTag(String name) {
        Document list = FormClient.html(editor.get("/admin/tags"));
        String href = list.select("tbody td:first-child a").stream().filter(a -> a.text().equals(name)).findFirst()
                .orElseThrow().attr("href");
        return FormClient.html(editor.get(href));
    }

    private String idOf(String name) {
        return String.valueOf(jdbc.sql("select id from tags where name = ?").param(name).query(Long.class).single());
    }

    private void unusedTag(String name) {
        news.write("insert into tags (name, slug, created_at) values (?, ?, now())",
                name, org.newsdesk.site.Slugs.fromText(name));
    }
}
