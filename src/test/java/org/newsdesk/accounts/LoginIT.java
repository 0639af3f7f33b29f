package org.newsdesk.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out through the real login form, on a real server, with sessions in PostgreSQL. */
class LoginIT extends IntegrationTest {

    static final String EMAIL = "ana.rojas@example.org";

    FormClient client;

    @BeforeEach
    void setUp() {
        users.editor(EMAIL, "Ana Rojas");
        client = new FormClient(port);
    }

    @Test
    void theLoginPageIsAnAccessibleFormInTheSitesStyleThatIsNeverCachedOrIndexed() {
        HttpResponse<String> response = client.get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        Document page = FormClient.html(response);
        assertThat(page.title()).isEqualTo("Sign in — Test News");
        assertThat(page.select("h1").eachText()).containsExactly("Sign in to edit the site");
        assertThat(page.select("header .site-name").text()).isEqualTo("Test News");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("label[for=email]").text()).isEqualTo("Email address");
        assertThat(page.select("input#email").attr("autocomplete")).isEqualTo("username");
        assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(page.select("input#password").attr("type")).isEqualTo("password");
        assertThat(page.select("form.sign-in-form input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(page.select("[role=alert]")).isEmpty();
    }

    @Test
    void testsHashAtBcryptsLowestCostAndAProductionHashStillSignsIn() {
        assertThat(jdbc.sql("select password_hash from users where email = ?").param(EMAIL).query(String.class).single())
                .startsWith("{bcrypt}$2a$04$");
        jdbc.sql("update users set password_hash = ? where email = ?")
                .params("{bcrypt}" + new BCryptPasswordEncoder(10).encode(TestUsers.PASSWORD), EMAIL).update();

        assertThat(client.signIn(EMAIL, TestUsers.PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    @Test
    void signingInLeadsToTheDashboardAndRecordsTheLastSignIn() {
        HttpResponse<String> signIn = client.signIn(EMAIL, TestUsers.PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        HttpResponse<String> dashboard = client.get("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(FormClient.html(dashboard).select("h1").text()).isEqualTo("Welcome, Ana Rojas");
        assertThat(users.lastLoginAt(EMAIL)).hasValue(NOW);
    }

    @Test
    void theEmailIsMatchedIgnoringCaseAndSpaces() {
        HttpResponse<String> signIn = client.signIn("  Ana.Rojas@EXAMPLE.org ", TestUsers.PASSWORD);

        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(client.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void aFailedSignInShowsOneGenericMessageWhateverWentWrongAndKeepsTheEmailTyped() {
        users.create("gone@example.org", "Gone", "EDITOR", TestUsers.PASSWORD, false);
        String wrongPassword = failedSignIn(EMAIL, "not the password at all");
        String unknownEmail = failedSignIn("nobody@example.org", TestUsers.PASSWORD);
        String disabledUser = failedSignIn("gone@example.org", TestUsers.PASSWORD);

        assertThat(wrongPassword)
                .isEqualTo("Wrong email address or password. Check both and try again. "
                        + "If you have forgotten your password, ask an administrator to reset it.")
                .isEqualTo(unknownEmail)
                .isEqualTo(disabledUser);
        assertThat(client.get("/admin").statusCode()).isEqualTo(302);
    }

    private String failedSignIn(String email, String password) {
        HttpResponse<String> signIn = client.signIn(email, password);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        Document page = FormClient.html(client.get("/login?error"));
        assertThat(page.select("input#email").attr("value")).isEqualTo(email);
        assertThat(page.select("input#password").attr("value")).isEmpty();
        assertThat(page.select("input#email").attr("aria-describedby")).isEqualTo("sign-in-error");
        return page.select("#sign-in-error[role=alert]").text();
    }

    @Test
    void signingOutTakesAPostAndEndsTheSession() {
        client.signIn(EMAIL, TestUsers.PASSWORD);
        assertThat(users.sessionsOf(EMAIL)).isEqualTo(1);

        // A link, a prefetch or an image cannot sign anyone out: GET only offers the button.
        HttpResponse<String> offer = client.get("/logout");
        assertThat(offer.statusCode()).isEqualTo(200);
        assertThat(offer.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(client.get("/admin").statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = client.submit(FormClient.html(offer), "form.sign-in-form", Map.of());

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(FormClient.html(client.get("/login?logout")).select("[role=status]").text()).isEqualTo("You have signed out.");
        assertThat(client.get("/admin").statusCode()).isEqualTo(302);
        assertThat(users.sessionsOf(EMAIL)).isZero();
    }

    @Test
    void theSignOutButtonOfTheAdminLayoutWorks() {
        client.signIn(EMAIL, TestUsers.PASSWORD);
        Document dashboard = FormClient.html(client.get("/admin"));

        HttpResponse<String> signOut = client.submit(dashboard, "form.logout", Map.of());

        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(client.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignOutWithoutTheFormsTokenIsRefused() {
        client.signIn(EMAIL, TestUsers.PASSWORD);

        HttpResponse<String> forged = client.post("/logout", Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(FormClient.html(forged).select("h1").text()).isEqualTo("This form has expired");
        assertThat(client.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousVisitorsOfAdminPagesAreSentToTheLoginPageAndBackAfterSigningIn() {
        HttpResponse<String> tags = client.get("/admin/tags");

        assertThat(tags.statusCode()).isEqualTo(302);
        assertThat(tags.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> signIn = client.signIn(EMAIL, TestUsers.PASSWORD);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).contains("/admin/tags");
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOnlyOverHttps() {
        HttpResponse<String> plain = client.get("/login");
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> behindHttps = new FormClient(port).get("/login", "X-Forwarded-Proto", "https");
        String secureCookie = behindHttps.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(secureCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void signingInGivesANewSessionId() {
        client.get("/login");
        String before = client.cookie("SESSION");

        client.signIn(EMAIL, TestUsers.PASSWORD);

        assertThat(client.cookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aSignedInEditorOpeningTheLoginPageGoesToTheDashboard() {
        client.signIn(EMAIL, TestUsers.PASSWORD);

        HttpResponse<String> login = client.get("/login");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    @Test
    void sessionsLastAcrossRequestsUntilTheyEnd() {
        client.signIn(EMAIL, TestUsers.PASSWORD);
        clock.advance(Duration.ofHours(1));

        assertThat(client.get("/admin/account").statusCode()).isEqualTo(200);
    }
}
