package org.newsdesk.news;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two revisions, word by word, and restoring from the comparison (issue 16 §2). */
class RevisionCompareIT extends IntegrationTest {

    @Test
    void twoRevisionsAreComparedWordByWordWithInsAndDel() {
        long id = create("Floods in the north", "Rivers rose overnight.");
        // The editor keeps the draft's address (left empty, it would follow the new title).
        save(id, "title", "Floods in the north and east", "summary", "Rivers rose overnight.",
                "body", "Three towns were cut off.\n\nRoads closed.", "tags", "Weather", "slug", "floods-in-the-north");
        save(id, "summary", "Rivers rose quickly overnight.", "body", "Four towns were cut off.\n\nRoads closed.");

        Document compared = admin.get("/admin/items/{id}/revisions/compare?from=1&to=3", id).html();

        assertThat(compared.selectFirst("h1").text()).isEqualTo("Changes from version 1 to version 3");
        Element title = field(compared, "Title");
        assertThat(title.select("ins").eachText()).containsExactly("[added: and east]");
        assertThat(title.select("del")).isEmpty();
        assertThat(title.text()).isEqualTo("Floods in the north [added: and east]");
        Element summary = field(compared, "Summary");
        assertThat(summary.select("ins span:not(.visually-hidden)").eachText()).containsExactly("quickly");
        assertThat(field(compared, "Text (optional)").select("ins span:not(.visually-hidden)").eachText())
                .containsExactly("Four towns were cut off.\n\nRoads closed.".strip().replace("\n\n", " "));
        assertThat(field(compared, "Topics").select("ins span:not(.visually-hidden)").eachText()).containsExactly("Weather");
        assertThat(field(compared, "Address").text()).startsWith("No changes.");
        // Screen readers hear what changed; sighted readers see it struck or underlined, not only coloured.
        assertThat(summary.select("ins .visually-hidden").eachText()).containsExactly("[added:", "]");

        Document twoToThree = admin.get("/admin/items/{id}/revisions/compare?from=2&to=3", id).html();
        Element body = field(twoToThree, "Text (optional)");
        assertThat(body.select("del span:not(.visually-hidden)").eachText()).containsExactly("Three");
        assertThat(body.select("ins span:not(.visually-hidden)").eachText()).containsExactly("Four");
        assertThat(body.wholeText()).contains("towns were cut off.\n\nRoads closed.");
        // Without a choice: the last save against the one before.
        assertThat(admin.get("/admin/items/{id}/revisions/compare", id).html().selectFirst("h1").text())
                .isEqualTo("Changes from version 2 to version 3");
        assertThat(admin.get("/admin/items/" + id).html().selectFirst(".compare-link a").attr("href"))
                .isEqualTo("/admin/items/" + id + "/revisions/compare");
    }

    @Test
    void anOlderRevisionIsRestoredFromTheComparison() {
        long id = create("First title", "First summary.");
        save(id, "title", "Second title");
        Document compared = admin.get("/admin/items/{id}/revisions/compare?from=1&to=2", id).html();
        assertThat(compared.select("form.compare-restore button").eachText()).containsExactly("Restore version 1");

        AdminClient.Response restored = admin.post(compared.selectFirst("form.compare-restore").attr("action"),
                AdminClient.formValues(compared, "form.compare-restore"));

        assertThat(restored.redirect()).isEqualTo("/admin/items/" + id);
        assertThat(jdbc.sql("select title from news_items where id = ?").param(id).query(String.class).single()).isEqualTo("First title");
    }

    @Test
    void aMissingOrMalformedRevisionIsRefused() {
        long id = create("Only one", "Summary.");
        assertThat(admin.get("/admin/items/{id}/revisions/compare?from=1&to=9", id).status()).isEqualTo(404);
        assertThat(admin.get("/admin/items/{id}/revisions/compare?from=x&to=1", id).status()).isEqualTo(400);
        assertThat(admin.get("/admin/items/{id}/revisions/compare?from=1&to=1", id).html().select("ins, del")).isEmpty();
        // Items put in as rows (imports of old sites, the demo content) may have no revision at all.
        long withoutRevisions = news.published("No history", NOW.minusSeconds(3600)).getId();
        assertThat(admin.get("/admin/items/{id}/revisions/compare", withoutRevisions).status()).isEqualTo(404);
    }

    @Test
    void piecesPutTogetherGiveBackBothTexts() {
        String before = "One two  three\nfour";
        String after = "One 2 three\n\nfour five";
        var pieces = RevisionDiff.words(before, after);
        StringBuilder older = new StringBuilder();
        StringBuilder newer = new StringBuilder();
        for (RevisionDiff.Piece piece : pieces) {
            if (piece.change() != RevisionDiff.Change.ADDED) {
                older.append(piece.text());
            }
            if (piece.change() != RevisionDiff.Change.REMOVED) {
                newer.append(piece.text());
            }
        }
        assertThat(older.toString()).isEqualTo(before);
        assertThat(newer.toString()).isEqualTo(after);
    }

    private static Element field(Document page, String label) {
        return page.select("dl.diff dt").stream().filter(dt -> dt.text().equals(label)).findFirst().orElseThrow()
                .nextElementSibling();
    }

    private long create(String title, String summary) {
        AdminClient.Response response = admin.post("/admin/items", "title", title, "summary", summary, "action", "save");
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }

    private void save(long id, String... overrides) {
        Map<String, String> values = AdminClient.formValues(admin.get("/admin/items/" + id).html(), "form.item-form", overrides);
        values.putIfAbsent("action", "save");
        assertThat(admin.post("/admin/items/" + id, values).status()).isEqualTo(302);
    }
}
