package org.newsdesk.news;

import org.newsdesk.AdminClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** No lost edits: the optimistic-locking conflict, and the history of revisions with restore. */
class ItemHistoryIT extends IntegrationTest {

    AdminClient editor;
    AdminClient ana;

    @BeforeEach
    void setUp() {
        editor = admin;
        ana = editor.as("Ana Pérez");
    }

    @Test
    void aSecondEditorsStaleSaveIsRefusedNamingWhoChangedItAndWhenWithTheirTextKept() {
        long id = create("Shared item", "The first summary.");
        Document openedByEditor = editor.get("/admin/items/" + id).html();
        Document openedByAna = ana.get("/admin/items/" + id).html();
        clock.set(Instant.parse("2026-06-15T20:02:00Z"));
        ana.post("/admin/items/" + id, AdminClient.formValues(openedByAna, "form.item-form",
                "summary", "Ana’s better summary.", "tags", "Mexico"));

        AdminClient.Response refused = editor.post("/admin/items/" + id, AdminClient.formValues(openedByEditor,
                "form.item-form", "title", "Shared item, corrected", "body", "My long *text*.", "action", "save"));

        assertThat(refused.status()).isEqualTo(200);
        Document form = refused.html();
        assertThat(form.selectFirst(".conflict").text())
                .contains("Ana Pérez changed this item on 15 June 2026 at 14:02, after you opened it. Nothing was saved");
        assertThat(form.selectFirst("#title").val()).isEqualTo("Shared item, corrected");
        assertThat(form.selectFirst("#body").wholeText()).isEqualTo("My long *text*.");
        // What Ana saved is shown where it differs, and the form now carries the version the editor has seen.
        assertThat(form.select("#summary ~ .current-value").text()).isEqualTo("Saved now by Ana Pérez: Ana’s better summary.");
        assertThat(form.select("#tags ~ .current-value").text()).isEqualTo("Saved now by Ana Pérez: Mexico");
        assertThat(form.selectFirst(".conflict a").attr("href")).isEqualTo("/admin/items/" + id + "/preview");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("1");
        Map<String, Object> row = jdbc.sql("select title, summary, body_markdown, updated_by, version from news_items where id = ?")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("title", "Shared item").containsEntry("summary", "Ana’s better summary.")
                .containsEntry("body_markdown", "").containsEntry("updated_by", "Ana Pérez").containsEntry("version", 1L);

        // Having seen Ana's version, the editor takes her summary and saves on purpose.
        AdminClient.Response reconciled = editor.post("/admin/items/" + id, AdminClient.formValues(form, "form.item-form",
                "summary", "Ana’s better summary.", "tags", "Mexico"));
        assertThat(reconciled.status()).isEqualTo(302);
        assertThat(jdbc.sql("select title || ' | ' || summary || ' | ' || body_markdown from news_items where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Shared item, corrected | Ana’s better summary. | My long *text*.");
    }

    @Test
    void everySaveKeepsARevisionWithEveryField() {
        long id = create("Counted", "One.");
        clock.set(Instant.parse("2026-06-15T13:00:00Z"));
        editor.post("/admin/items/" + id, edit(id, "tags", "Mexico, Guatemala", "date", "2026-06-10", "time", "08:30",
                "action", "publish"));
        clock.set(Instant.parse("2026-06-15T14:00:00Z"));
        ana.post("/admin/items/" + id, edit(id, "withdrawalNote", "Outdated.", "action", "withdraw"));

        List<Map<String, Object>> revisions = jdbc.sql("""
                select number, kind, saved_by, saved_at, title, summary, status, published_at, withdrawal_note,
                       array_to_string(tags, ',') as tags, slug
                from news_item_revisions where news_item_id = ? order by number""").param(id).query().listOfRows();
        assertThat(revisions).extracting(revision -> revision.get("kind")).containsExactly("SAVED", "PUBLISHED", "WITHDRAWN");
        assertThat(revisions.get(1)).containsEntry("saved_by", "editor@example.org").containsEntry("status", "PUBLISHED")
                .containsEntry("tags", "Guatemala,Mexico").containsEntry("slug", "counted").containsEntry("summary", "One.");
        assertThat(((java.sql.Timestamp) revisions.get(1).get("published_at")).toInstant()).isEqualTo(Instant.parse("2026-06-10T14:30:00Z"));
        assertThat(revisions.get(2)).containsEntry("saved_by", "Ana Pérez").containsEntry("status", "WITHDRAWN")
                .containsEntry("withdrawal_note", "Outdated.");
        assertThat(((java.sql.Timestamp) revisions.get(2).get("saved_at")).toInstant()).isEqualTo(Instant.parse("2026-06-15T14:00:00Z"));

        Document page = editor.get("/admin/items/" + id).html();
        assertThat(page.select(".revisions tbody tr").eachText()).containsExactly(
                "Version 3 15 June 2026, 08:00 Ana Pérez Withdrawn",
                "Version 2 15 June 2026, 07:00 editor@example.org Published",
                "Version 1 15 June 2026, 06:00 editor@example.org Saved");
    }

    @Test
    void oneRevisionIsShownReadOnly() {
        long id = create("Original title", "Original summary.");
        editor.post("/admin/items/" + id, edit(id, "title", "New title", "tags", "Mexico", "body", "Some **text**."));

        Document revision = editor.get("/admin/items/" + id + "/revisions/1").html();

        assertThat(revision.selectFirst("h1").text()).isEqualTo("Version 1");
        assertThat(revision.select("dl.revision dd").eachText()).containsExactly(
                "Original title", "/news/original-title", "Draft", "No date", "Original summary.", "(none)", "(none)");
        assertThat(revision.select("input[type=text], textarea")).isEmpty();
        assertThat(revision.selectFirst("main form button").text()).isEqualTo("Restore this version");

        Document latest = editor.get("/admin/items/" + id + "/revisions/2").html();
        assertThat(latest.selectFirst("pre.markdown").text()).isEqualTo("Some **text**.");
        assertThat(latest.select("main form")).isEmpty();
        assertThat(latest.selectFirst("main .note").text()).isEqualTo("This is the version saved last: it is what the item is now.");
        assertThat(editor.get("/admin/items/" + id + "/revisions/3").status()).isEqualTo(404);
    }

    @Test
    void restoringARevisionIsANewSaveOfAllItsFields() {
        long id = create("Original title", "Original summary.");
        editor.post("/admin/items/" + id, edit(id, "title", "Rewritten title", "summary", "Rewritten.", "tags", "Mexico",
                "action", "publish"));
        Document revision = editor.get("/admin/items/" + id + "/revisions/1").html();

        AdminClient.Response restored = ana.post("/admin/items/" + id + "/revisions/1/restore",
                AdminClient.formValues(revision, "main form"));

        assertThat(restored.redirect()).isEqualTo("/admin/items/" + id);
        assertThat(restored.flash("flash")).isEqualTo("Version 1 restored, and saved as a new version.");
        Map<String, Object> row = jdbc.sql("select title, summary, status, updated_by, slug from news_items where id = ?")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("title", "Original title").containsEntry("summary", "Original summary.")
                .containsEntry("status", "DRAFT").containsEntry("updated_by", "Ana Pérez")
                .containsEntry("slug", "original-title");
        assertThat(jdbc.sql("select count(*) from news_item_tags where news_item_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select number || ' ' || kind || ' ' || coalesce(restored_from, 0) from news_item_revisions where news_item_id = ? order by number")
                .param(id).query(String.class).list()).containsExactly("1 SAVED 0", "2 PUBLISHED 0", "3 RESTORED 1");
        assertThat(editor.get("/admin/items/" + id).html().selectFirst(".revisions tbody tr").text()).endsWith("Restored version 1");
        assertThat(new Http(port).get("/news/original-title").statusCode()).isEqualTo(404);
    }

    @Test
    void restoringOverAChangeMadeMeanwhileIsRefused() {
        long id = create("Original title", "Original summary.");
        editor.post("/admin/items/" + id, edit(id, "title", "Second title"));
        Document revision = editor.get("/admin/items/" + id + "/revisions/1").html();
        ana.post("/admin/items/" + id, edit(id, "title", "Ana’s title"));

        AdminClient.Response refused = editor.post("/admin/items/" + id + "/revisions/1/restore",
                AdminClient.formValues(revision, "main form"));

        assertThat(refused.redirect()).isEqualTo("/admin/items/" + id + "/revisions/1");
        assertThat(refused.flash("flashError")).asString().startsWith("Ana Pérez changed this item on 15 June 2026 at 06:00.");
        assertThat(jdbc.sql("select title from news_items where id = ?").param(id).query(String.class).single()).isEqualTo("Ana’s title");
        assertThat(jdbc.sql("select count(*) from news_item_revisions where news_item_id = ?").param(id).query(Long.class).single()).isEqualTo(3);
    }

    private long create(String title, String summary) {
        AdminClient.Response response = editor.post("/admin/items", "title", title, "summary", summary, "action", "save");
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }

    private Map<String, String> edit(long id, String... overrides) {
        return AdminClient.formValues(editor.get("/admin/items/" + id).html(), "form.item-form", overrides);
    }
}
