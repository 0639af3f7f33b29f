package org.newsdesk.news;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.accounts.TestUsers;
import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.media.TestPictures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing lost while writing (issue 16 §2): the working copy kept as the editor types, offered back. */
class ItemWorkingCopyIT extends IntegrationTest {

    @Autowired
    ItemWorkingCopies copies;

    @Autowired
    Pictures pictures;

    @Test
    void theTextKeptBeforeTheSessionExpiredIsOfferedAfterSigningInAgain() {
        users.editor("ana@example.org", "Ana Pérez");
        FormClient ana = signedIn("ana@example.org");
        HttpResponse<String> created = ana.post("/admin/items", withToken(FormClient.html(ana.get("/admin/items/new")),
                "title", "Border report", "summary", "A summary.", "action", "save"));
        String itemPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        Document form = FormClient.html(ana.get(itemPath));
        // 14:32 in Costa Rica.
        clock.set(Instant.parse("2026-06-15T20:32:00Z"));
        assertThat(keep(ana, form, itemPath, "A long text written for an hour.").statusCode()).isEqualTo(204);

        jdbc.sql("delete from spring_session").update();
        clock.set(Instant.parse("2026-06-15T20:33:00Z"));
        HttpResponse<String> expired = keep(ana, form, itemPath, "Typed after the session ended.");

        assertThat(expired.statusCode()).isIn(401, 403);
        assertThat(jdbc.sql("select body from item_working_copies").query(String.class).single())
                .isEqualTo("A long text written for an hour.");
        ana.signIn("ana@example.org", TestUsers.PASSWORD);
        Document again = FormClient.html(ana.get(itemPath));
        assertThat(again.selectFirst(".working-copy h2").text()).isEqualTo("You have unsaved text from 15 June 2026, 14:32");
        Document restored = FormClient.html(ana.get(again.selectFirst(".working-copy a").attr("href")));
        assertThat(restored.selectFirst("#body").wholeText()).isEqualTo("A long text written for an hour.");
        assertThat(restored.selectFirst("#title").val()).isEqualTo("Border report");
        assertThat(restored.selectFirst("#restored-title").text())
                .isEqualTo("Your unsaved text from 15 June 2026, 14:32 is in the form below");
        assertThat(restored.select(".saved-since")).isEmpty();

        // Saving it keeps it as the item, and the copy has done its job.
        HttpResponse<String> saved = ana.post(itemPath, withToken(restored, "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select body_markdown from news_items").query(String.class).single()).isEqualTo("A long text written for an hour.");
        assertThat(jdbc.sql("select count(*) from item_working_copies").query(Long.class).single()).isZero();
        assertThat(FormClient.html(ana.get(itemPath)).select(".working-copy")).isEmpty();
    }

    @Test
    void restoringAnOldCopyOverAColleaguesNewerSaveWarnsAndDoesNotOverwriteIt() {
        long id = create("Shared item");
        Document opened = admin.get("/admin/items/" + id).html();
        String openedVersion = opened.selectFirst("input[name=version]").val();
        admin.post("/admin/items/" + id + "/working-copy", "version", openedVersion, "title", "Shared item", "summary", "The summary.",
                "body", "My draft of the text.", "tags", "", "slug", "shared-item");
        clock.set(Instant.parse("2026-06-15T20:40:00Z"));
        AdminClient ana = admin.as("Ana Pérez");
        assertThat(ana.post("/admin/items/" + id, AdminClient.formValues(opened, "form.item-form", "body", "Ana’s text.",
                "action", "save")).status()).isEqualTo(302);

        Document offered = admin.get("/admin/items/" + id).html();
        Document restored = admin.get(offered.selectFirst(".working-copy a").attr("href")).html();

        assertThat(restored.selectFirst("#body").wholeText()).isEqualTo("My draft of the text.");
        assertThat(restored.selectFirst("input[name=version]").val()).isEqualTo(openedVersion);
        assertThat(restored.selectFirst(".saved-since").text())
                .startsWith("Ana Pérez saved this item on 15 June 2026 at 14:40, after this text was written.");
        AdminClient.Response refused = admin.post("/admin/items/" + id, AdminClient.formValues(restored, "form.item-form", "action", "save"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().selectFirst(".conflict").text()).contains("Ana Pérez changed this item");
        assertThat(jdbc.sql("select body_markdown || ' v' || version from news_items").query(String.class).single())
                .isEqualTo("Ana’s text. v" + (Long.parseLong(openedVersion) + 1));
        // Ana sees no copy of the editor's.
        assertThat(ana.get("/admin/items/" + id).html().select(".working-copy")).isEmpty();
    }

    @Test
    void aNewItemsTextIsOfferedOnTheNewItemFormAndCreatesOnceWhenRestored() {
        Document fresh = admin.get("/admin/items/new").html();
        String token = fresh.selectFirst("input[name=creationToken]").val();
        assertThat(admin.post("/admin/items/working-copy", "creationToken", token, "title", "Half written",
                "summary", "", "body", "Some text.", "tags", "Mexico", "slug", "").status()).isEqualTo(204);

        Document offered = admin.get("/admin/items/new").html();
        assertThat(offered.select(".working-copy p").eachText()).containsExactly("Half written");
        Document restored = admin.get(offered.selectFirst(".working-copy a").attr("href")).html();
        assertThat(restored.selectFirst("input[name=creationToken]").val()).isEqualTo(token);
        assertThat(restored.selectFirst("#body").wholeText()).isEqualTo("Some text.");
        assertThat(restored.selectFirst("#tags").val()).isEqualTo("Mexico");

        AdminClient.Response saved = admin.post("/admin/items", AdminClient.formValues(restored, "form.item-form",
                "summary", "Now with a summary.", "action", "save"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.post("/admin/items", AdminClient.formValues(restored, "form.item-form",
                "summary", "Now with a summary.", "action", "save")).redirect()).isEqualTo(saved.redirect());
        assertThat(news.count()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from item_working_copies").query(Long.class).single()).isZero();
    }

    @Test
    void everyFieldOfTheFormIsKeptAndOfferedBackNotOnlyTheText() {
        byte[] bytes = TestPictures.jpeg(400, 300);
        PictureView harbour = pictures.upload(new Pictures.Upload(bytes.length, new ByteArrayResource(bytes)), "editor@example.org");
        long id = create("Item");
        Document opened = admin.get("/admin/items/" + id).html();
        String version = opened.selectFirst("input[name=version]").val();
        // The text as saved: only the date, the time, the lead picture and the language were changed.
        assertThat(admin.post("/admin/items/" + id + "/working-copy", "version", version, "title", "Item", "summary", "The summary.",
                "body", "", "tags", "", "slug", "item", "date", "2026-07-01", "time", "09:15",
                "leadPicture", String.valueOf(harbour.id()), "language", "es").status()).isEqualTo(204);

        Document offered = admin.get("/admin/items/" + id).html();
        assertThat(offered.select(".working-copy h2").text()).startsWith("You have unsaved text from");
        Document restored = admin.get(offered.selectFirst(".working-copy a").attr("href")).html();
        assertThat(restored.selectFirst("#date").val()).isEqualTo("2026-07-01");
        assertThat(restored.selectFirst("#time").val()).isEqualTo("09:15");
        assertThat(restored.select("input[name=leadPicture][checked]").attr("value")).isEqualTo(String.valueOf(harbour.id()));
        assertThat(restored.select("input[name=language][checked]").attr("value")).isEqualTo("es");
        assertThat(restored.selectFirst("#slug").val()).isEqualTo("item");
        AdminClient.Response saved = admin.post("/admin/items/" + id, AdminClient.formValues(restored, "form.item-form", "action", "save"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("select lead_picture_id || ' ' || language || ' ' || to_char(published_at at time zone 'America/Costa_Rica', 'YYYY-MM-DD HH24:MI')"
                + " from news_items").query(String.class).single()).isEqualTo(harbour.id() + " es 2026-07-01 09:15");

        // A half-typed date comes back as typed; a withdrawn item's note is kept too.
        jdbc.sql("update news_items set status = 'WITHDRAWN', withdrawal_note = 'Old note.' where id = ?").param(id).update();
        version = admin.get("/admin/items/" + id).html().selectFirst("input[name=version]").val();
        admin.post("/admin/items/" + id + "/working-copy", "version", version, "title", "Item", "date", "2026-07-3",
                "withdrawalNote", "Withdrawn at the family's request.");
        restored = admin.get("/admin/items/" + id + "/working-copy").html();
        assertThat(restored.selectFirst("#date").val()).isEqualTo("2026-07-3");
        assertThat(restored.selectFirst("#withdrawalNote").wholeText()).isEqualTo("Withdrawn at the family's request.");
        // Fields a copy does not hold (kept by an older form, or absent from it) show what is saved.
        assertThat(restored.selectFirst("#time").val()).isEqualTo("09:15");
        assertThat(restored.select("input[name=language][checked]").attr("value")).isEqualTo("es");
    }

    @Test
    void aNewItemsDateTimePictureAndLanguageAreKeptToo() {
        Document fresh = admin.get("/admin/items/new").html();
        String token = fresh.selectFirst("input[name=creationToken]").val();
        admin.post("/admin/items/working-copy", "creationToken", token, "title", "Half written", "date", "2026-05-04",
                "time", "18:00", "leadPicture", "", "language", "es");

        Document restored = admin.get(admin.get("/admin/items/new").html().selectFirst(".working-copy a").attr("href")).html();
        assertThat(restored.selectFirst("#date").val()).isEqualTo("2026-05-04");
        assertThat(restored.selectFirst("#time").val()).isEqualTo("18:00");
        assertThat(restored.select("input[name=language][checked]").attr("value")).isEqualTo("es");
        assertThat(restored.select("input[name=leadPicture][checked]").attr("value")).isEmpty();
    }

    @Test
    void aCopyCanBeDiscardedAndOldCopiesGo() {
        long id = create("Item");
        admin.post("/admin/items/" + id + "/working-copy", "version", "1", "title", "Item", "body", "Changed.");
        Document offered = admin.get("/admin/items/" + id).html();
        assertThat(admin.post(offered.selectFirst(".working-copy form").attr("action")).redirect()).isEqualTo("/admin/items/" + id);
        assertThat(jdbc.sql("select count(*) from item_working_copies").query(Long.class).single()).isZero();

        admin.post("/admin/items/" + id + "/working-copy", "version", "1", "title", "Item", "body", "Changed again.");
        clock.set(NOW.plus(ItemWorkingCopies.KEPT_FOR).plusSeconds(1));
        copies.removeOld();
        assertThat(jdbc.sql("select count(*) from item_working_copies").query(Long.class).single()).isZero();
    }

    @Test
    void aCopyTheSameAsTheSavedItemIsNotOffered() {
        long id = create("Item");
        // A draft's address field is empty while its slug is the one its title makes (it follows the title).
        admin.post("/admin/items/" + id + "/working-copy", "version", "1", "title", " Item ", "summary", "The summary.",
                "body", "", "tags", "", "slug", "");

        assertThat(admin.get("/admin/items/" + id).html().select(".working-copy")).isEmpty();
    }

    @Test
    void hostileCopiesAreRefusedAndNothingIsWritten() {
        long id = create("Item");
        assertThat(admin.post("/admin/items/working-copy", "creationToken", "not-a-token", "title", "x").status()).isEqualTo(400);
        assertThat(admin.post("/admin/items/999999/working-copy", "version", "1", "title", "x").status()).isEqualTo(404);
        assertThat(admin.post("/admin/items/" + id + "/working-copy", "title", "x").status()).isEqualTo(400);
        assertThat(admin.post("/admin/items/" + id + "/working-copy", "version", "1", "body", "x".repeat(200_001)).status())
                .isEqualTo(413);
        assertThat(admin.post("/admin/items/" + id + "/working-copy", "version", "1", "date", "2".repeat(101)).status())
                .isEqualTo(413);
        assertThat(new FormClient(port).post("/admin/items/" + id + "/working-copy", Map.of("version", "1", "title", "x"))
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from item_working_copies").query(Long.class).single()).isZero();
    }

    private long create(String title) {
        AdminClient.Response response = admin.post("/admin/items", "title", title, "summary", "The summary.", "action", "save");
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }

    /** The item form's fields as a browser sends them, CSRF token included. */
    private static Map<String, String> withToken(Document page, String... overrides) {
        Map<String, String> fields = AdminClient.formValues(page, "form.item-form", overrides);
        fields.put("_csrf", page.selectFirst("form.item-form input[name=_csrf]").val());
        return fields;
    }

    private static HttpResponse<String> keep(FormClient client, Document form, String itemPath, String body) {
        return client.post(itemPath + "/working-copy", Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
                "version", form.selectFirst("input[name=version]").val(), "title", form.selectFirst("#title").val(),
                "summary", "A summary.", "body", body, "tags", "", "slug", form.selectFirst("#slug").val()));
    }
}
