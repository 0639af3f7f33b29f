package org.newsdesk.accounts;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** "Your account": everyone changes their own password, giving the current one. */
class AccountIT extends IntegrationTest {

    static final String EMAIL = "ana@example.org";
    static final String NEW_PASSWORD = "my much better password";

    FormClient ana;

    @BeforeEach
    void setUp() {
        users.editor(EMAIL, "Ana Rojas");
        ana = signedIn(EMAIL);
    }

    @Test
    void theAccountPageSaysWhoIsSignedIn() {
        Document page = FormClient.html(ana.get("/admin/account"));

        assertThat(page.select("h1").text()).isEqualTo("Your account");
        assertThat(page.select("main p").first().text())
                .isEqualTo("You are signed in as Ana Rojas (ana@example.org). You are an editor.");
        assertThat(page.select("label[for=currentPassword]").text()).isEqualTo("Current password");
    }

    @Test
    void aUserChangesTheirPasswordAndOtherSessionsEnd() {
        FormClient otherComputer = signedIn(EMAIL);
        assertThat(users.sessionsOf(EMAIL)).isEqualTo(2);
        Document page = FormClient.html(ana.get("/admin/account"));

        HttpResponse<String> changed = ana.submit(page, "#password-form", Map.of("currentPassword", TestUsers.PASSWORD,
                "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/admin/account");
        assertThat(FormClient.html(ana.get("/admin/account")).select(".flash").text())
                .isEqualTo("Your password has been changed. Any other browser where you were signed in has been signed out.");
        assertThat(users.passwordIs(EMAIL, NEW_PASSWORD)).isTrue();
        assertThat(otherComputer.get("/admin").statusCode()).isEqualTo(302);
        assertThat(ana.get("/admin").statusCode()).isEqualTo(200);
        assertThat(new FormClient(port).signIn(EMAIL, TestUsers.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
    }

    @Test
    void theCurrentPasswordMustBeRightAndTheNewOneLongEnoughAndTypedTwice() {
        Document page = FormClient.html(ana.get("/admin/account"));

        Document wrongCurrent = FormClient.html(ana.submit(page, "#password-form", Map.of("currentPassword", "not my password",
                "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD)));
        assertThat(wrongCurrent.select("#currentPassword-error").text()).isEqualTo("This is not your current password.");
        assertThat(wrongCurrent.select("input#currentPassword").attr("aria-invalid")).isEqualTo("true");

        Document tooShort = FormClient.html(ana.submit(page, "#password-form", Map.of("currentPassword", TestUsers.PASSWORD,
                "password", "elevenchars", "passwordConfirmation", "elevenchars")));
        assertThat(tooShort.select("#password-error").text()).isEqualTo("Use at least 12 characters.");

        Document tooLong = FormClient.html(ana.submit(page, "#password-form", Map.of("currentPassword", TestUsers.PASSWORD,
                "password", "é".repeat(37), "passwordConfirmation", "é".repeat(37))));
        assertThat(tooLong.select("#password-error").text()).startsWith("Use at most 72 characters");

        Document mismatch = FormClient.html(ana.submit(page, "#password-form", Map.of("currentPassword", TestUsers.PASSWORD,
                "password", NEW_PASSWORD, "passwordConfirmation", "something else entirely")));
        assertThat(mismatch.select("#passwordConfirmation-error").text())
                .isEqualTo("The two passwords are not the same: type the same password twice.");

        Document empty = FormClient.html(ana.submit(page, "#password-form", Map.of()));
        assertThat(empty.select("#currentPassword-error").text()).isEqualTo("Enter your current password.");
        assertThat(empty.select("#password-error").text()).isEqualTo("Enter a password.");

        assertThat(users.passwordIs(EMAIL, TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void aPasswordChangeWithoutTheFormsTokenIsRefused() {
        HttpResponse<String> forged = ana.post("/admin/account/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(users.passwordIs(EMAIL, TestUsers.PASSWORD)).isTrue();
    }
}
