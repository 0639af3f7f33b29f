package org.newsdesk.accounts;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** User management at /admin/users, as an admin uses it, and what it changes for the users. */
class UserAdminIT extends IntegrationTest {

    static final String ADMIN = "boss@example.org";
    static final String EDITOR = "ana@example.org";
    static final String NEW_PASSWORD = "a brand new password";

    FormClient boss;
    long adminId;
    long editorId;

    @BeforeEach
    void setUp() {
        adminId = users.admin(ADMIN, "Bea Boss");
        editorId = users.editor(EDITOR, "Ana Rojas");
        boss = signedIn(ADMIN);
    }

    @Test
    void theListShowsEveryUserWithRoleStatusAndLastSignIn() {
        users.create("zoe@example.org", "Zoe Gone", "EDITOR", TestUsers.PASSWORD, false);

        HttpResponse<String> response = boss.get("/admin/users");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        Document page = FormClient.html(response);
        assertThat(page.title()).isEqualTo("Users — Admin — Test News");
        assertThat(page.select("tbody tr td:first-child a").eachText()).containsExactly("Ana Rojas", "Bea Boss", "Zoe Gone");
        assertThat(page.select("tbody tr:nth-child(2) td").eachText())
                .containsExactly("Bea Boss (you)", ADMIN, "Administrator", "Active", "15 Jun 2026, 06:00");
        assertThat(page.select("tbody tr:nth-child(1) td").eachText())
                .containsExactly("Ana Rojas", EDITOR, "Editor", "Active", "Never");
        assertThat(page.select("tbody tr:nth-child(3) td:nth-child(4)").text()).isEqualTo("Disabled");
        assertThat(page.select("header nav a[aria-current=page]").text()).isEqualTo("Users");
    }

    @Test
    void anAdminAddsAUserWhoCanThenSignIn() {
        Document form = FormClient.html(boss.get("/admin/users/new"));
        assertThat(form.select("select#role option[selected]").attr("value")).isEqualTo("EDITOR");

        HttpResponse<String> created = boss.submit(form, "main form", Map.of("email", "  Carla@Example.org ",
                "displayName", " Carla Núñez ", "role", "ADMIN", "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users");
        Document list = FormClient.html(boss.get("/admin/users"));
        assertThat(list.select(".flash").text())
                .isEqualTo("Added Carla Núñez (Carla@Example.org). They can sign in now with the password you chose.");
        assertThat(list.select("tbody td:first-child a").eachText()).contains("Carla Núñez");
        assertThat(users.role("Carla@Example.org")).isEqualTo("ADMIN");
        FormClient carla = new FormClient(port);
        assertThat(carla.signIn("carla@example.org", NEW_PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(carla.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedNewUserKeepsWhatWasTypedWithTheMessageNextToEachField() {
        Document form = FormClient.html(boss.get("/admin/users/new"));

        HttpResponse<String> refused = boss.submit(form, "main form", Map.of("email", "not an email",
                "displayName", "Carla\tNúñez", "role", "ROOT", "password", "short", "passwordConfirmation", "short"));

        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = FormClient.html(refused);
        assertThat(page.select("#email-error").text()).isEqualTo("Enter an email address such as ana@example.org.");
        assertThat(page.select("input#email").attr("value")).isEqualTo("not an email");
        assertThat(page.select("input#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input#email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(page.select("#displayName-error").text()).isEqualTo("Use one line of text, without tabs or line breaks.");
        assertThat(page.select("input#displayName").attr("value")).isEqualTo("Carla\tNúñez");
        assertThat(page.select("#role-error").text()).isEqualTo("Choose Editor or Administrator.");
        assertThat(page.select("#password-error").text()).isEqualTo("Use at least 12 characters.");
        assertThat(page.select("input#password").attr("value")).isEmpty();
        assertThat(users.count()).isEqualTo(2);
    }

    @Test
    void emailsAreUniqueIgnoringCaseAndPasswordsMustBeTypedTwiceAlike() {
        Document form = FormClient.html(boss.get("/admin/users/new"));

        Document taken = FormClient.html(boss.submit(form, "main form", Map.of("email", "ANA@example.org",
                "displayName", "Another Ana", "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD)));
        assertThat(taken.select("#email-error").text()).isEqualTo("There is already a user with this email address.");
        assertThat(taken.select("input#displayName").attr("value")).isEqualTo("Another Ana");

        Document mismatch = FormClient.html(boss.submit(form, "main form", Map.of("email", "new@example.org",
                "displayName", "New", "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD + "!")));
        assertThat(mismatch.select("#passwordConfirmation-error").text())
                .isEqualTo("The two passwords are not the same: type the same password twice.");

        Document empty = FormClient.html(boss.submit(form, "main form", Map.of()));
        assertThat(empty.select("#email-error").text()).isEqualTo("Enter the email address the person will sign in with.");
        assertThat(empty.select("#displayName-error").text()).isEqualTo("Enter the person's name.");
        assertThat(empty.select("#password-error").text()).isEqualTo("Enter a password.");
        assertThat(users.count()).isEqualTo(2);
    }

    @Test
    void changingARoleSignsTheUserOutSoTheNewRightsApplyAtOnce() {
        FormClient ana = signedIn(EDITOR);
        assertThat(ana.get("/admin/users").statusCode()).isEqualTo(403);

        Document page = FormClient.html(boss.get("/admin/users/" + editorId));
        HttpResponse<String> saved = boss.submit(page, "#details-form", Map.of("role", "ADMIN", "displayName", "Ana María Rojas"));

        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users/" + editorId);
        Document after = FormClient.html(boss.get("/admin/users/" + editorId));
        assertThat(after.select(".flash").text()).startsWith("Saved the changes to Ana María Rojas. The role changed");
        assertThat(after.select("h1").text()).isEqualTo("Ana María Rojas");
        assertThat(users.role(EDITOR)).isEqualTo("ADMIN");
        assertThat(ana.get("/admin").statusCode()).isEqualTo(302);
        ana.signIn(EDITOR, TestUsers.PASSWORD);
        assertThat(ana.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAUserSignsThemOutAndKeepsThemOutUntilEnabledAgain() {
        FormClient ana = signedIn(EDITOR);

        Document page = FormClient.html(boss.get("/admin/users/" + editorId));
        boss.submit(page, "#disable-form", Map.of());

        Document after = FormClient.html(boss.get("/admin/users/" + editorId));
        assertThat(after.select(".flash").text()).isEqualTo("Ana Rojas is disabled and has been signed out.");
        assertThat(after.select(".user-status").text()).isEqualTo("Disabled");
        assertThat(users.enabled(EDITOR)).isFalse();
        assertThat(ana.get("/admin").statusCode()).isEqualTo(302);
        assertThat(ana.signIn(EDITOR, TestUsers.PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");

        boss.submit(after, "#enable-form", Map.of());
        assertThat(users.enabled(EDITOR)).isTrue();
        assertThat(new FormClient(port).signIn(EDITOR, TestUsers.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/admin");
    }

    @Test
    void anAdminCannotDisableOrDemoteThemself() {
        Document own = FormClient.html(boss.get("/admin/users/" + adminId));
        assertThat(own.select(".self-note").text()).startsWith("This is you.");
        assertThat(own.select("#disable-form, #reset-form, select#role")).isEmpty();

        HttpResponse<String> disable = boss.post("/admin/users/" + adminId + "/disable",
                Map.of("_csrf", own.select("#details-form input[name=_csrf]").val()));
        assertThat(disable.statusCode()).isEqualTo(302);
        assertThat(FormClient.html(boss.get("/admin/users/" + adminId)).select(".flash-error").text())
                .isEqualTo("You cannot disable your own account.");

        Document demoted = FormClient.html(boss.submit(own, "#details-form", Map.of("role", "EDITOR")));
        assertThat(demoted.select("#role-error, .form-error").text()).isEqualTo("You cannot change your own role. Ask another administrator.");

        assertThat(users.enabled(ADMIN)).isTrue();
        assertThat(users.role(ADMIN)).isEqualTo("ADMIN");
        assertThat(boss.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void resettingAPasswordReplacesItAndSignsTheUserOutEverywhere() {
        FormClient ana = signedIn(EDITOR);
        Document page = FormClient.html(boss.get("/admin/users/" + editorId));

        Document refused = FormClient.html(boss.submit(page, "#reset-form", Map.of("password", "too short", "passwordConfirmation", "too short")));
        assertThat(refused.select("#reset-form #password-error").text()).isEqualTo("Use at least 12 characters.");
        assertThat(refused.select("#details-form input#displayName").attr("value")).isEqualTo("Ana Rojas");

        HttpResponse<String> reset = boss.submit(page, "#reset-form", Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));

        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(FormClient.html(boss.get("/admin/users/" + editorId)).select(".flash").text())
                .startsWith("The password of Ana Rojas has been reset");
        assertThat(users.passwordIs(EDITOR, NEW_PASSWORD)).isTrue();
        assertThat(ana.get("/admin").statusCode()).isEqualTo(302);
        assertThat(new FormClient(port).signIn(EDITOR, TestUsers.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        assertThat(new FormClient(port).signIn(EDITOR, NEW_PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/admin");
    }

    @Test
    void editorsAndAnonymousVisitorsCannotManageUsers() {
        FormClient ana = signedIn(EDITOR);
        Document dashboard = FormClient.html(ana.get("/admin"));
        String csrf = dashboard.select("form.logout input[name=_csrf]").val();
        assertThat(dashboard.select("header nav a").eachText()).doesNotContain("Users");

        for (String path : new String[] {"/admin/users", "/admin/users/new", "/admin/users/" + adminId}) {
            HttpResponse<String> refused = ana.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(FormClient.html(refused).select("h1").text()).isEqualTo("Not allowed");
            assertThat(refused.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        }
        assertThat(ana.post("/admin/users/" + adminId + "/disable", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(ana.post("/admin/users", Map.of("_csrf", csrf, "email", "evil@example.org", "displayName", "Evil",
                "role", "ADMIN", "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(users.enabled(ADMIN)).isTrue();
        assertThat(users.count()).isEqualTo(2);

        FormClient anonymous = new FormClient(port);
        assertThat(anonymous.get("/admin/users").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(anonymous.post("/admin/users/" + editorId + "/disable", Map.of()).statusCode()).isEqualTo(403);
        assertThat(users.enabled(EDITOR)).isTrue();
    }

    @Test
    void theSiteIsNeverLeftWithoutAnEnabledAdmin() {
        // An admin who is not in the users table (a test principal) is the only way to reach this
        // state through the screens: real admins cannot demote or disable themselves.
        assertThat(mvc.post().uri("/admin/users/" + adminId).param("displayName", "Bea Boss").param("role", "EDITOR")
                .with(user("ghost@example.org").roles("ADMIN")).with(csrf()))
                .hasStatusOk().bodyText().contains("This would leave the site without an active administrator.");
        assertThat(mvc.post().uri("/admin/users/" + adminId + "/disable")
                .with(user("ghost@example.org").roles("ADMIN")).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flashError",
                        "This would leave the site without an active administrator. Make someone else an administrator first.");

        assertThat(users.role(ADMIN)).isEqualTo("ADMIN");
        assertThat(users.enabled(ADMIN)).isTrue();
    }

    @Test
    void unknownAndMalformedUserAddressesAreNotFound() {
        assertThat(boss.get("/admin/users/999").statusCode()).isEqualTo(404);
        assertThat(boss.get("/admin/users/abc").statusCode()).isEqualTo(404);
        assertThat(boss.get("/admin/users/99999999999999999999999").statusCode()).isEqualTo(404);
    }
}
