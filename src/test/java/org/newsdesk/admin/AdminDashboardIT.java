package org.newsdesk.admin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.accounts.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The landing page of /admin, and the protection every admin response carries. */
class AdminDashboardIT extends IntegrationTest {

    @BeforeEach
    void setUp() {
        users.editor("ana@example.org", "Ana Rojas");
        users.admin("boss@example.org", "Bea Boss");
    }

    @Test
    void theDashboardCountsItemsByStateAndLeadsToEveryScreen() {
        news.draft("Draft one", "Panama");
        news.draft("Draft two");
        news.published("Scheduled", NOW.plus(Duration.ofHours(2)));
        news.published("Out", NOW.minus(Duration.ofDays(1)), "Panama", "Belize");
        news.withdrawn("Gone", NOW.minus(Duration.ofDays(2)), null);
        FormClient ana = new FormClient(port);
        ana.signIn("ana@example.org", TestUsers.PASSWORD);

        Document page = FormClient.html(ana.get("/admin"));

        assertThat(page.title()).isEqualTo("Dashboard — Admin — Test News");
        assertThat(page.select("h1").eachText()).containsExactly("Welcome, Ana Rojas");
        assertThat(page.select(".dashboard-counts li").eachText())
                .containsExactly("2 Drafts", "1 Scheduled", "1 Published", "1 Withdrawn");
        assertThat(page.select(".dashboard-links a").eachAttr("href"))
                .containsExactly("/admin/items", "/admin/tags", "/admin/transfer", "/admin/account", "/");
        assertThat(page.select(".dashboard-links a[href=/admin/tags]").text()).isEqualTo("Rename, merge or delete tags (2 tags)");
        assertThat(page.select("header nav a").eachText()).doesNotContain("Users").contains("Your account");

        clock.advance(Duration.ofHours(3));
        assertThat(FormClient.html(ana.get("/admin")).select(".dashboard-counts li").eachText())
                .containsExactly("2 Drafts", "0 Scheduled", "2 Published", "1 Withdrawn");
    }

    @Test
    void adminsSeeTheUsersScreenToo() {
        FormClient boss = new FormClient(port);
        boss.signIn("boss@example.org", TestUsers.PASSWORD);

        Document page = FormClient.html(boss.get("/admin"));

        assertThat(page.select(".dashboard-links a").eachAttr("href")).contains("/admin/users");
        assertThat(page.select("header nav a").eachText()).contains("Users");
    }

    @Test
    void adminResponsesAreNeverStoredNorIndexedAndPublicOnesAreNotConcerned() {
        FormClient ana = new FormClient(port);
        ana.signIn("ana@example.org", TestUsers.PASSWORD);

        for (String path : new String[] {"/admin", "/admin/tags", "/admin/account", "/admin/users", "/admin/no-such-page"}) {
            HttpResponse<String> response = ana.get(path);
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(path).contains("no-store");
            assertThat(response.headers().firstValue("X-Robots-Tag")).as(path).hasValue("noindex");
        }
        HttpResponse<String> home = ana.get("/");
        assertThat(home.headers().firstValue("X-Robots-Tag")).isEmpty();
        assertThat(home.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void readersGetNoSessionCookieSoPublicPagesStayCacheable() {
        FormClient reader = new FormClient(port);
        for (String path : new String[] {"/", "/tags", "/archive", "/no-such-page"}) {
            assertThat(reader.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void anEditorReadingThePublicSiteStaysSignedInAndAPostWithoutItsTokenIsStillRefused() {
        // Readers' GETs go through a chain of their own that never reads the session (accounts.SecurityConfig).
        FormClient ana = new FormClient(port);
        ana.signIn("ana@example.org", TestUsers.PASSWORD);
        String session = ana.cookie("SESSION");

        for (String path : new String[] {"/", "/es/", "/tags", "/feed.xml", "/news/no-such-item"}) {
            assertThat(ana.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(ana.cookie("SESSION")).isEqualTo(session);
        assertThat(ana.get("/admin").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/", "/search", "/admin/tags"}) {
            assertThat(ana.post(path, Map.of("name", "x")).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void everyAdminPageNeedsASignedInEditor() {
        FormClient anonymous = new FormClient(port);
        for (String path : new String[] {"/admin", "/admin/tags", "/admin/account", "/admin/users", "/admin/items"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }

    @Test
    void aFormSentAfterTheSessionEndedIsRefusedWithAnExplanationNotLost() {
        FormClient ana = new FormClient(port);
        ana.signIn("ana@example.org", TestUsers.PASSWORD);
        Document form = FormClient.html(ana.get("/admin/account"));
        users.clear();
        users.editor("ana@example.org", "Ana Rojas");

        HttpResponse<String> refused = ana.submit(form, "#password-form", java.util.Map.of("currentPassword", TestUsers.PASSWORD,
                "password", "a new password here", "passwordConfirmation", "a new password here"));

        assertThat(refused.statusCode()).isEqualTo(403);
        Document page = FormClient.html(refused);
        assertThat(page.select("h1").text()).isEqualTo("This form has expired");
        assertThat(page.select("main p").first().text()).startsWith("The form could not be sent because your session ended");
        assertThat(refused.body()).doesNotContain("Whitelabel");
    }
}
