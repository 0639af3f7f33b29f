package org.newsdesk.accounts;

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

/**
 * An authenticator app as a second factor: enrolment with the QR code's key, sign-in with a code
 * computed here as the app would, recovery codes, no code accepted twice, the throttle on the
 * second step, the administrators' "required" setting and reset.
 */
class SecondFactorIT extends IntegrationTest {

    static final String EDITOR = "ana.rojas@example.org";
    static final String ADMIN = "bea.boss@example.org";

    @BeforeEach
    void setUp() {
        jdbc.sql("update second_factor_policy set admins_required = false, editors_required = false").update();
        users.editor(EDITOR, "Ana Rojas");
        users.admin(ADMIN, "Bea Boss");
    }

    @Test
    void anEditorEnrolsAnAppAndThenSignsInWithItsCodesButNeverWithTheSameCodeTwice() {
        FormClient ana = signedIn(EDITOR);
        Document account = FormClient.html(ana.get("/admin/account"));
        assertThat(account.select("#second-factor-heading + p").text()).isEqualTo("Only your password protects your account.");
        Document enrol = FormClient.html(ana.get("/admin/account/authenticator"));
        assertThat(enrol.select("svg.qr-code path").attr("d")).startsWith("M");
        String secret = enrol.select(".secret-key").text().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        // A wrong code enrols nothing, and the same key is offered again.
        Document wrong = FormClient.html(ana.submit(enrol, "#enrol-form", Map.of("code", otherThan(codeNow(secret)))));
        assertThat(wrong.select("#code-error").text()).startsWith("That is not the code the app shows now.");
        assertThat(wrong.select(".secret-key").text().replace(" ", "")).isEqualTo(secret);
        HttpResponse<String> enrolled = ana.submit(wrong, "#enrol-form", Map.of("code", codeNow(secret)));
        assertThat(location(enrolled)).isEqualTo("/admin/account/authenticator");
        List<String> recoveryCodes = FormClient.html(ana.get("/admin/account/authenticator")).select(".recovery-codes code").eachText();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        // Shown once: the next visit shows the state, not the codes.
        assertThat(FormClient.html(ana.get("/admin/account/authenticator")).select(".factor-status").text())
                .isEqualTo("An authenticator app is set up for your account. You have 10 unused recovery codes.");
        assertThat(jdbc.sql("select count(*) from user_recovery_codes where code_hash = ?")
                .param(recoveryCodes.get(0)).query(Long.class).single()).as("stored only as hashes").isZero();

        // Signing in again: the password alone opens nothing but the second step.
        FormClient again = new FormClient(port);
        assertThat(location(again.signIn(EDITOR, TestUsers.PASSWORD))).isEqualTo("/login/second-factor");
        assertThat(location(again.get("/admin/items"))).isEqualTo("/login/second-factor");
        // The code used to enrol is not accepted again, in this 30-second step or the next.
        assertThat(location(secondStep(again, codeNow(secret)))).isEqualTo("/login/second-factor?error");
        clock.advance(Duration.ofSeconds(30));
        assertThat(location(secondStep(again, codeNow(secret)))).isEqualTo("/admin");
        assertThat(again.get("/admin/items").statusCode()).isEqualTo(200);
        assertThat(users.lastLoginAt(EDITOR)).contains(clock.instant());
        // ... nor in another session.
        FormClient thief = new FormClient(port);
        thief.signIn(EDITOR, TestUsers.PASSWORD);
        assertThat(location(secondStep(thief, codeNow(secret)))).isEqualTo("/login/second-factor?error");

        assertThat(audit.entries()).containsSubsequence(
                "FACTOR_ADDED ana.rojas@example.org ana.rojas@example.org [authenticator app] from 127.0.0.1",
                "SECOND_FACTOR_FAILED ana.rojas@example.org ana.rojas@example.org from 127.0.0.1",
                "SECOND_FACTOR_PASSED ana.rojas@example.org ana.rojas@example.org [authenticator code] from 127.0.0.1",
                "SIGN_IN ana.rojas@example.org ana.rojas@example.org [password + authenticator code] from 127.0.0.1",
                "SECOND_FACTOR_FAILED ana.rojas@example.org ana.rojas@example.org from 127.0.0.1");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndACodeFromTwoStepsAwayNotAtAll() {
        String secret = enrolled(EDITOR);
        List<String> codes = lastRecoveryCodes;

        FormClient first = new FormClient(port);
        first.signIn(EDITOR, TestUsers.PASSWORD);
        assertThat(location(secondStep(first, Totp.code(secret, Totp.step(clock.instant()) + 2)))).endsWith("?error");
        assertThat(location(secondStep(first, codes.get(3).toUpperCase().replace("-", "")))).isEqualTo("/admin");

        FormClient second = new FormClient(port);
        second.signIn(EDITOR, TestUsers.PASSWORD);
        assertThat(location(secondStep(second, codes.get(3)))).endsWith("?error");
        // One step late is still fine (a code typed as it changed).
        clock.advance(Duration.ofSeconds(60));
        assertThat(location(secondStep(second, Totp.code(secret, Totp.step(clock.instant()) - 1)))).isEqualTo("/admin");
        assertThat(audit.actions()).contains("SECOND_FACTOR_PASSED");
        assertThat(audit.entries()).anyMatch(entry -> entry.contains("[password + recovery code]"));
    }

    @Test
    void wrongCodesCountInTheSignInThrottleAndThePasswordAgainDoesNotResetThem() {
        String secret = enrolled(EDITOR);
        clock.advance(Duration.ofSeconds(30));
        FormClient guesser = new FormClient(port).withHeader("X-Forwarded-For", "192.0.2.1");
        guesser.signIn(EDITOR, TestUsers.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(location(secondStep(guesser, "00000" + i))).endsWith("?error");
        }
        // The password again, from elsewhere, clears nothing.
        FormClient elsewhere = new FormClient(port).withHeader("X-Forwarded-For", "192.0.2.2");
        elsewhere.signIn(EDITOR, TestUsers.PASSWORD);
        assertThat(location(secondStep(elsewhere, "000009"))).endsWith("?error");

        // Five failures: even the right code is refused now, and the page says for how long.
        HttpResponse<String> locked = secondStep(elsewhere, codeNow(secret));
        assertThat(location(locked)).isEqualTo("/login/second-factor?locked&minutes=15");
        assertThat(FormClient.html(elsewhere.get(location(locked))).select("#sign-in-error").text())
                .startsWith("Too many failed attempts to sign in.");
        assertThat(elsewhere.get("/admin").statusCode()).isEqualTo(302);
        assertThat(audit.actions()).endsWith("SIGN_IN_THROTTLED");

        clock.advance(Duration.ofMinutes(15));
        assertThat(location(secondStep(elsewhere, codeNow(secret)))).isEqualTo("/admin");
    }

    @Test
    void whenEditorsMustHaveASecondFactorOneWithoutIsLedToEnrolBeforeAnythingElse() {
        FormClient boss = signedIn(ADMIN);
        Document policy = FormClient.html(boss.get("/admin/users/second-factor"));
        boss.post("/admin/users/second-factor", Map.of("_csrf", policy.select("#policy-form input[name=_csrf]").val(),
                "editors", "yes"));
        assertThat(FormClient.html(boss.get("/admin/users/second-factor")).select("#policy-editors").hasAttr("checked")).isTrue();
        assertThat(audit.entries()).contains("SECOND_FACTOR_POLICY_CHANGED bea.boss@example.org second factor "
                + "[administrators optional, editors required] from 127.0.0.1");

        FormClient ana = new FormClient(port);
        assertThat(location(ana.signIn(EDITOR, TestUsers.PASSWORD))).isEqualTo("/admin/account/authenticator");
        for (String elsewhere : List.of("/admin", "/admin/items", "/admin/items/new", "/admin/account")) {
            assertThat(location(ana.get(elsewhere))).as(elsewhere).isEqualTo("/admin/account/authenticator");
        }
        Document enrol = FormClient.html(ana.get("/admin/account/authenticator"));
        assertThat(enrol.select(".note").text()).isEqualTo("Your role requires a second factor. Set up an authenticator app to continue.");
        assertThat(users.lastLoginAt(EDITOR)).isEmpty();
        String secret = enrol.select(".secret-key").text().replace(" ", "");
        ana.submit(enrol, "#enrol-form", Map.of("code", codeNow(secret)));

        assertThat(ana.get("/admin/items").statusCode()).isEqualTo(200);
        assertThat(users.lastLoginAt(EDITOR)).isPresent();
        // Administrators were not required to: the admin signs in with a password alone.
        assertThat(location(new FormClient(port).signIn(ADMIN, TestUsers.PASSWORD))).isEqualTo("/admin");
    }

    @Test
    void anAdminResetsAUsersFactorsWhoIsThenSignedOutAndSignsInWithThePasswordAlone() {
        enrolled(EDITOR);
        FormClient ana = new FormClient(port);
        ana.signIn(EDITOR, TestUsers.PASSWORD);
        assertThat(users.sessionsOf(EDITOR)).isPositive();
        long anaId = jdbc.sql("select id from users where email = ?").param(EDITOR).query(Long.class).single();

        FormClient boss = signedIn(ADMIN);
        HttpResponse<String> reset = boss.submit(FormClient.html(boss.get("/admin/users/" + anaId)), "#factors-reset-form", Map.of());

        assertThat(location(reset)).isEqualTo("/admin/users/" + anaId);
        assertThat(jdbc.sql("select count(*) from user_totp").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from user_recovery_codes").query(Long.class).single()).isZero();
        assertThat(users.sessionsOf(EDITOR)).isZero();
        assertThat(audit.entries()).contains("FACTORS_RESET bea.boss@example.org ana.rojas@example.org from 127.0.0.1");
        assertThat(location(new FormClient(port).signIn(EDITOR, TestUsers.PASSWORD))).isEqualTo("/admin");
        // Editors cannot.
        FormClient other = signedIn(createEditor());
        assertThat(other.post("/admin/users/" + anaId + "/factors/reset", Map.of()).statusCode()).isEqualTo(403);
    }

    private List<String> lastRecoveryCodes;

    /** Enrols an app for the user through the screens, and returns its secret (the recovery codes in {@link #lastRecoveryCodes}). */
    private String enrolled(String email) {
        FormClient client = signedIn(email);
        Document enrol = FormClient.html(client.get("/admin/account/authenticator"));
        String secret = enrol.select(".secret-key").text().replace(" ", "");
        client.submit(enrol, "#enrol-form", Map.of("code", codeNow(secret)));
        lastRecoveryCodes = FormClient.html(client.get("/admin/account/authenticator")).select(".recovery-codes code").eachText();
        return secret;
    }

    private String createEditor() {
        users.editor("carl@example.org", "Carl");
        return "carl@example.org";
    }

    private String codeNow(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    private static String otherThan(String code) {
        return code.equals("123456") ? "654321" : "123456";
    }

    private static HttpResponse<String> secondStep(FormClient client, String code) {
        Document page = FormClient.html(client.get("/login/second-factor"));
        return client.submit(page, "form.sign-in-form", Map.of("code", code));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }
}
