package org.newsdesk.news;

import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** "Also editing" (issue 16 §3): editors see who else has an item open. */
class ItemPresenceIT extends IntegrationTest {

    @Test
    void twoEditorsSeeEachOtherUntilOneLeavesOrGoesQuiet() {
        users.editor("ana@example.org", "Ana Pérez");
        users.editor("luis@example.org", "Luis Mora");
        AdminClient ana = admin.as("ana@example.org");
        AdminClient luis = admin.as("luis@example.org");
        AdminClient.Response created = ana.post("/admin/items", "title", "Shared", "summary", "Summary.", "action", "save");
        String item = created.redirect();

        // Ana's own save and page do not name her.
        assertThat(ana.get(item).html().selectFirst("#also-editing").hasAttr("hidden")).isTrue();
        assertThat(luis.get(item).html().selectFirst("#also-editing").text()).isEqualTo("Ana Pérez is also editing this item.");
        assertThat(ana.post(item + "/presence").body()).isEqualTo("{\"notice\":\"Luis Mora is also editing this item.\"}");
        assertThat(jdbc.sql("select count(*) from item_presence").query(Long.class).single()).isEqualTo(2);

        assertThat(luis.post(item + "/presence/leave").status()).isEqualTo(204);
        assertThat(ana.post(item + "/presence").body()).isEqualTo("{\"notice\":\"\"}");

        luis.get(item);
        clock.set(NOW.plus(ItemPresence.FRESH).plusSeconds(1));
        // A minute without a sign from Luis: he no longer counts (and his row goes).
        assertThat(ana.post(item + "/presence").body()).isEqualTo("{\"notice\":\"\"}");
        assertThat(jdbc.sql("select user_name from item_presence").query(String.class).list()).containsExactly("ana@example.org");
    }

    @Test
    void presenceNeedsAnItemAndASignedInEditor() {
        assertThat(admin.post("/admin/items/999999/presence").body()).isEqualTo("{\"notice\":\"\"}");
        assertThat(jdbc.sql("select count(*) from item_presence").query(Long.class).single()).isZero();
        assertThat(http.get("/admin/items/1/presence").statusCode()).isIn(302, 403, 405);
    }
}
