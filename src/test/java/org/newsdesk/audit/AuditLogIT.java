package org.newsdesk.audit;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.AdminClient;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.accounts.TestUsers;

import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One audit entry per action an editor or admin takes, with who, what and the trusted client
 * address; entries cannot be changed or removed from the app; admins read them at /admin/audit.
 */
class AuditLogIT extends IntegrationTest {

    static final String ADMIN = "bea.boss@example.org";
    static final String EDITOR = "ana.rojas@example.org";

    @BeforeEach
    void setUp() {
        users.admin(ADMIN, "Bea Boss");
        users.editor(EDITOR, "Ana Rojas");
    }

    @Test
    void signInsSuccessfulFailedAndThrottledAndSignOutAreRecordedWithTheTrustedAddress() {
        FormClient ana = new FormClient(port).withHeader("X-Forwarded-For", "203.0.113.9");
        ana.signIn(EDITOR, TestUsers.PASSWORD);
        Document dashboard = FormClient.html(ana.get("/admin"));
        ana.submit(dashboard, "form.logout", Map.of());
        // A client behind the trusted proxy cannot choose its address: the proxy's last entry counts.
        FormClient liar = new FormClient(port).withHeader("X-Forwarded-For", "10.9.9.9, 198.51.100.4");
        for (int i = 0; i < 5; i++) {
            liar.signIn("nobody@example.org", "wrong password " + i);
        }
        liar.signIn(EDITOR, TestUsers.PASSWORD);

        assertThat(audit.entries()).containsExactly(
                "SIGN_IN ana.rojas@example.org ana.rojas@example.org [password] from 203.0.113.9",
                "SIGN_OUT ana.rojas@example.org ana.rojas@example.org from 203.0.113.9",
                "SIGN_IN_FAILED - nobody@example.org from 198.51.100.4",
                "SIGN_IN_FAILED - nobody@example.org from 198.51.100.4",
                "SIGN_IN_FAILED - nobody@example.org from 198.51.100.4",
                "SIGN_IN_FAILED - nobody@example.org from 198.51.100.4",
                "SIGN_IN_FAILED - nobody@example.org from 198.51.100.4",
                "SIGN_IN_THROTTLED - ana.rojas@example.org [locked until 2026-06-15T12:15:00Z] from 198.51.100.4");
    }

    @Test
    void everyItemActionIsRecordedWithTheEditorAndTheItem() {
        long draft = idOf(admin.post("/admin/items", "title", "A draft", "summary", "S.", "action", "save"));
        admin.post("/admin/items/" + draft, edit(draft, "title", "A draft, saved again"));
        admin.post("/admin/items/" + draft, edit(draft, "action", "publish"));
        admin.post("/admin/items/" + draft, edit(draft, "action", "withdraw", "withdrawalNote", "Wrong."));
        admin.post("/admin/items/" + draft, edit(draft, "action", "return-to-draft"));
        admin.post("/admin/items/" + draft, edit(draft, "action", "schedule", "date", "2026-07-01", "time", "09:00"));
        admin.post("/admin/items/" + draft + "/revisions/1/restore", "version", version(draft));
        long other = idOf(admin.post("/admin/items", "title", "Published at once", "summary", "S.", "action", "publish"));
        long doomed = idOf(admin.post("/admin/items", "title", "Doomed", "summary", "S.", "action", "save"));
        admin.post("/admin/items/" + doomed + "/delete", "version", version(doomed));

        String by = " " + ADMIN_CLIENT_EDITOR + " ";
        assertThat(audit.entries()).containsExactly(
                "ITEM_CREATED" + by + "item " + draft + " [A draft] from 127.0.0.1",
                "ITEM_SAVED" + by + "item " + draft + " [A draft, saved again] from 127.0.0.1",
                "ITEM_PUBLISHED" + by + "item " + draft + " [A draft, saved again] from 127.0.0.1",
                "ITEM_WITHDRAWN" + by + "item " + draft + " [A draft, saved again] from 127.0.0.1",
                "ITEM_RETURNED_TO_DRAFT" + by + "item " + draft + " [A draft, saved again] from 127.0.0.1",
                "ITEM_SCHEDULED" + by + "item " + draft + " [A draft, saved again] from 127.0.0.1",
                "ITEM_RESTORED" + by + "item " + draft + " [revision 1: A draft] from 127.0.0.1",
                "ITEM_PUBLISHED" + by + "item " + other + " [Published at once] from 127.0.0.1",
                "ITEM_CREATED" + by + "item " + doomed + " [Doomed] from 127.0.0.1",
                "ITEM_DELETED" + by + "item " + doomed + " [Doomed] from 127.0.0.1");
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        long id = idOf(admin.post("/admin/items", "title", "Published", "summary", "S.", "action", "publish"));
        audit.clear();

        admin.post("/admin/items/" + id + "/delete", "version", version(id));
        admin.post("/admin/items/" + id, edit(id, "action", "schedule", "date", "2020-01-01", "time", "09:00"));

        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void topicRenameMergeAndDeleteAreRecorded() {
        admin.post("/admin/items", "title", "Tagged", "summary", "S.", "tags", "Guatemala City, Ciudad de Guatemala, Belize",
                "action", "save");
        long city = tagId("Guatemala City");
        long ciudad = tagId("Ciudad de Guatemala");
        long belize = tagId("Belize");
        admin.post("/admin/tags/" + city, "name", "Guatemala Town", "slug", "");
        admin.post("/admin/tags/" + city + "/merge", "into", String.valueOf(ciudad));
        jdbc.sql("delete from news_item_tags where tag_id = ?").param(belize).update();
        admin.post("/admin/tags/" + belize + "/delete");

        assertThat(audit.entries()).containsSubsequence(
                "TAG_RENAMED editor@example.org topic " + city
                        + " [Guatemala City (guatemala-city) → Guatemala Town (guatemala-town)] from 127.0.0.1",
                "TAG_MERGED editor@example.org topic " + city
                        + " [Guatemala Town (guatemala-town) → Ciudad de Guatemala (ciudad-de-guatemala)] from 127.0.0.1",
                "TAG_DELETED editor@example.org topic " + belize + " [Belize (belize)] from 127.0.0.1");
    }

    @Test
    void importsAndExportsAreRecorded() throws Exception {
        admin.post("/admin/items", "title", "Exported", "summary", "S.", "action", "publish");
        byte[] export = admin.get("/admin/transfer/export").raw().getContentAsByteArray();
        news.clear();
        admin.upload("/admin/transfer/json", new MockMultipartFile("file", "items.json", "application/json", export));
        admin.post("/admin/transfer/text/confirm", "text", "4 December, 2017\nA title\nA summary.\n", "as", "draft");

        assertThat(audit.entries()).containsSubsequence(
                "EXPORT editor@example.org JSON [1 items] from 127.0.0.1",
                "IMPORT editor@example.org JSON [1 created, 0 updated, 0 unchanged, 0 skipped] from 127.0.0.1",
                "IMPORT editor@example.org text [1 created as drafts, 0 already there] from 127.0.0.1");
    }

    @Test
    void userChangesAreRecordedWithTheAdminWhoMadeThem() {
        FormClient boss = signedIn(ADMIN);
        long ana = jdbc.sql("select id from users where email = ?").param(EDITOR).query(Long.class).single();
        Document newUser = FormClient.html(boss.get("/admin/users/new"));
        boss.submit(newUser, "main form", Map.of("email", "carl@example.org", "displayName", "Carl", "role", "EDITOR",
                "password", TestUsers.PASSWORD, "passwordConfirmation", TestUsers.PASSWORD));
        Document page = FormClient.html(boss.get("/admin/users/" + ana));
        boss.submit(page, "#details-form", Map.of("displayName", "Ana R.", "role", "ADMIN"));
        boss.submit(FormClient.html(boss.get("/admin/users/" + ana)), "#disable-form", Map.of());
        boss.submit(FormClient.html(boss.get("/admin/users/" + ana)), "#enable-form", Map.of());
        boss.submit(FormClient.html(boss.get("/admin/users/" + ana)), "#reset-form",
                Map.of("password", "another long password", "passwordConfirmation", "another long password"));
        boss.submit(FormClient.html(boss.get("/admin/account")), "#password-form",
                Map.of("currentPassword", TestUsers.PASSWORD, "password", "my new long password",
                        "passwordConfirmation", "my new long password"));

        assertThat(audit.entries()).containsExactly(
                "SIGN_IN bea.boss@example.org bea.boss@example.org [password] from 127.0.0.1",
                "USER_CREATED bea.boss@example.org carl@example.org [Carl, EDITOR] from 127.0.0.1",
                "USER_CHANGED bea.boss@example.org ana.rojas@example.org [Ana Rojas, EDITOR → Ana R., ADMIN] from 127.0.0.1",
                "USER_DISABLED bea.boss@example.org ana.rojas@example.org from 127.0.0.1",
                "USER_ENABLED bea.boss@example.org ana.rojas@example.org from 127.0.0.1",
                "PASSWORD_RESET bea.boss@example.org ana.rojas@example.org from 127.0.0.1",
                "PASSWORD_CHANGED bea.boss@example.org bea.boss@example.org from 127.0.0.1");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntriesOutsideTheRetentionJob() {
        admin.post("/admin/items", "title", "Recorded", "summary", "S.", "action", "save");

        assertThatThrownBy(() -> jdbc.sql("update audit_entries set actor = 'someone-else@example.org'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit entries cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entries").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("removed only by the retention job");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entries").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("removed only by the retention job");
        // Even with the retention job's setting, an entry newer than its limit stays.
        assertThatThrownBy(() -> jdbc.sql("""
                do $$ begin
                    perform set_config('newsdesk.audit_purge_before', '2020-01-01T00:00:00Z', true);
                    delete from audit_entries;
                end $$
                """).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("is not older than");
        assertThat(audit.actions()).containsExactly("ITEM_CREATED");
    }

    @Test
    void onlyAdminsSeeTheLogWithFiltersAndPages() {
        for (int i = 1; i <= 55; i++) {
            admin.post("/admin/items", "title", "Item " + i, "summary", "S.", "action", "save");
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofDays(2));
        admin.as("ben@example.org").post("/admin/items", "title", "Ben's", "summary", "S.", "action", "publish");
        FormClient boss = signedIn(ADMIN);

        Document first = FormClient.html(boss.get("/admin/audit"));
        assertThat(first.select(".count").text()).isEqualTo("57 entries");
        assertThat(first.select(".audit-table tbody tr")).hasSize(50);
        assertThat(first.select(".audit-table tbody tr").first().select("td").eachText())
                .containsExactly("17 Jun 2026, 06:55:00", ADMIN, "Signed in", ADMIN, "password", "127.0.0.1");
        Document second = FormClient.html(boss.get("/admin/audit?page=2"));
        assertThat(second.select(".audit-table tbody tr")).hasSize(7);
        assertThat(second.select(".audit-table tbody tr").last().select("td").eachText())
                .containsExactly("15 Jun 2026, 06:00:00", ADMIN_CLIENT_EDITOR, "Item created", "item " + firstItemId(), "Item 1",
                        "127.0.0.1");

        Document published = FormClient.html(boss.get("/admin/audit?action=ITEM_PUBLISHED"));
        assertThat(published.select(".audit-table tbody tr td:nth-child(2)").eachText()).containsExactly("ben@example.org");
        assertThat(published.select("#audit-action option[selected]").text()).isEqualTo("Item published");
        Document bens = FormClient.html(boss.get("/admin/audit?user=BEN@example.org"));
        assertThat(bens.select(".audit-table tbody tr td:nth-child(3)").eachText()).containsExactly("Item published");
        Document firstDay = FormClient.html(boss.get("/admin/audit?from=2026-06-15&to=2026-06-15&page=2"));
        assertThat(firstDay.select(".count").text()).isEqualTo("55 entries");
        assertThat(firstDay.select(".pagination a[rel=prev]").attr("href"))
                .isEqualTo("/admin/audit?from=2026-06-15&to=2026-06-15");
        // Nonsense in the filters filters nothing; a page past the last is a 404.
        assertThat(FormClient.html(boss.get("/admin/audit?action=DROP&from=yesterday")).select(".count").text())
                .isEqualTo("57 entries");
        assertThat(boss.get("/admin/audit?page=9").statusCode()).isEqualTo(404);

        FormClient ana = signedIn(EDITOR);
        assertThat(ana.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(FormClient.html(ana.get("/admin")).select("a[href=/admin/audit]")).isEmpty();
        assertThat(FormClient.html(boss.get("/admin")).select("a[href=/admin/audit]").text()).isEqualTo("Audit log");
    }

    private long firstItemId() {
        return jdbc.sql("select min(id) from news_items").query(Long.class).single();
    }

    private Map<String, String> edit(long id, String... overrides) {
        return AdminClient.formValues(admin.get("/admin/items/" + id).html(), "form.item-form", overrides);
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from news_items where id = ?").param(id).query(Long.class).single());
    }

    private long tagId(String name) {
        return jdbc.sql("select id from tags where name = ?").param(name).query(Long.class).single();
    }

    private static long idOf(AdminClient.Response response) {
        String location = response.redirect();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
