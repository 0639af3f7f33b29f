package org.newsdesk.accounts;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.accounts.SecondFactorIT.ADMIN;
import static org.newsdesk.accounts.SecondFactorIT.EDITOR;

/**
 * Passkeys over HTTP, around the ceremony itself (which {@code PasskeyBrowserIT} drives with a
 * real authenticator): the list under "Your account" and removing one's own passkeys only, the
 * relying party taken from the base URL whatever the request says, a sign-in waiting for its code
 * that cannot add a passkey, a passkey as the required second factor, failed passkey sign-ins
 * counted in the throttle and on record, and an administrator's reset removing passkeys too.
 * Passkeys are inserted as Spring Security stores them, without a real key.
 */
class PasskeyIT extends IntegrationTest {

    @Test
    void aUserSeesAndRemovesTheirOwnPasskeysOnly() {
        anEditorAndAnAdmin();
        String laptop = passkeyOf(EDITOR, "Laptop");
        String phone = passkeyOf(ADMIN, "Phone");
        FormClient ana = signedIn(EDITOR);
        assertThat(FormClient.html(ana.get("/admin/account")).select("#passkeys-heading + p").text())
                .isEqualTo("You have one passkey.");
        Document page = FormClient.html(ana.get("/admin/account/passkeys"));
        assertThat(page.select(".passkey-label").eachText()).containsExactly("Laptop");
        assertThat(page.select(".passkeys-table time").eachAttr("datetime")).hasSize(2).allMatch(at -> at.endsWith("Z"));

        String token = page.select("form.remove-passkey input[name=_csrf]").val();
        assertThat(ana.post("/admin/account/passkeys/" + phone + "/remove", Map.of("_csrf", token)).statusCode())
                .isEqualTo(404);
        assertThat(ana.post("/admin/account/passkeys/%00'/remove", Map.of("_csrf", token)).statusCode()).isBetween(400, 499);
        HttpResponse<String> removed = ana.submit(page, "form.remove-passkey", Map.of());
        assertThat(location(removed)).isEqualTo("/admin/account/passkeys");
        assertThat(jdbc.sql("select credential_id from user_credentials").query(String.class).list()).containsExactly(phone);
        assertThat(laptop).isNotEqualTo(phone);
        assertThat(audit.entries()).contains("FACTOR_REMOVED " + EDITOR + " " + EDITOR + " [passkey “Laptop”] from 127.0.0.1");
    }

    @Test
    void theRelyingPartyIsTheBaseUrlsHostWhateverTheRequestSays() {
        anEditorAndAnAdmin();
        FormClient ana = signedIn(EDITOR);
        String token = FormClient.html(ana.get("/admin/account/passkeys")).select("#passkey-add").attr("data-csrf-token");
        HttpResponse<String> options = ana.postJson("/webauthn/register/options", "", "X-CSRF-TOKEN", token,
                "X-Forwarded-Host", "evil.example");
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"rp\":{\"id\":\"news.example.org\",\"name\":\"Test News\"}")
                .contains("\"userVerification\":\"required\"").contains("\"residentKey\":\"required\"");
        // A registration that is no registration: refused with a 4xx, nothing stored.
        HttpResponse<String> garbage = ana.postJson("/webauthn/register", "{\"publicKey\":{\"label\":\"x\"}}",
                "X-CSRF-TOKEN", token);
        assertThat(garbage.statusCode()).isBetween(400, 499);
        assertThat(jdbc.sql("select count(*) from user_credentials").query(Long.class).single()).isZero();
    }

    @Test
    void aSignInWaitingForItsCodeCannotAddAPasskey() {
        anEditorAndAnAdmin();
        jdbc.sql("insert into user_totp (user_id, secret, enrolled_at) select id, ?, now() from users where email = ?")
                .params(Totp.newSecret(), EDITOR).update();
        FormClient pending = new FormClient(port);
        assertThat(location(pending.signIn(EDITOR, TestUsers.PASSWORD))).isEqualTo("/login/second-factor");
        String token = FormClient.html(pending.get("/login/second-factor")).select("input[name=_csrf]").val();
        assertThat(location(pending.postJson("/webauthn/register/options", "", "X-CSRF-TOKEN", token)))
                .isEqualTo("/login/second-factor");
        assertThat(location(pending.postJson("/webauthn/register", "{}", "X-CSRF-TOKEN", token)))
                .isEqualTo("/login/second-factor");
        assertThat(location(pending.get("/admin/account/passkeys"))).isEqualTo("/login/second-factor");
        assertThat(jdbc.sql("select count(*) from user_entities").query(Long.class).single()).isZero();
    }

    @Test
    void whereASecondFactorIsRequiredAPasskeyIsOne() {
        anEditorAndAnAdmin();
        jdbc.sql("update second_factor_policy set editors_required = true").update();
        passkeyOf(EDITOR, "Laptop");
        FormClient ana = new FormClient(port);
        assertThat(location(ana.signIn(EDITOR, TestUsers.PASSWORD))).isEqualTo("/login/second-factor");
        Document step = FormClient.html(ana.get("/login/second-factor"));
        assertThat(step.select("#passkey-sign-in button").text()).isEqualTo("Use a passkey");
        assertThat(step.select("form.sign-in-form")).as("no code to type without an app").isEmpty();
        assertThat(location(ana.get("/admin/items"))).isEqualTo("/login/second-factor");

        // An editor with neither may add a passkey instead of an app, and nothing else.
        users.editor("carl@example.org", "Carl");
        FormClient carl = new FormClient(port);
        assertThat(location(carl.signIn("carl@example.org", TestUsers.PASSWORD))).isEqualTo("/admin/account/authenticator");
        assertThat(FormClient.html(carl.get("/admin/account/authenticator")).select("a[href='/admin/account/passkeys']")).hasSize(1);
        assertThat(carl.get("/admin/account/passkeys").statusCode()).isEqualTo(200);
        assertThat(location(carl.get("/admin/account/passkeys/added"))).isEqualTo("/admin/account/passkeys");
        assertThat(location(carl.get("/admin/items"))).isEqualTo("/admin/account/authenticator");
    }

    @Test
    void failedPasskeySignInsAreCountedOnRecordAndThrottled() {
        anEditorAndAnAdmin();
        FormClient stranger = new FormClient(port);
        String token = FormClient.html(stranger.get("/login")).select("#passkey-sign-in").attr("data-csrf-token");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(stranger.postJson("/webauthn/authenticate/options", "", "X-CSRF-TOKEN", token).body())
                    .contains("\"rpId\":\"news.example.org\"");
            assertThat(stranger.postJson("/login/webauthn", assertion(UUID.randomUUID().toString()), "X-CSRF-TOKEN", token)
                    .statusCode()).isEqualTo(401);
        }
        assertThat(audit.entries()).filteredOn(entry -> entry.startsWith("SIGN_IN_FAILED"))
                .hasSize(LoginThrottle.MAX_FAILURES)
                .allMatch(entry -> entry.equals("SIGN_IN_FAILED - (unknown passkey) [passkey] from 127.0.0.1"));
        // The address is locked now: for passkeys and passwords alike.
        stranger.postJson("/webauthn/authenticate/options", "", "X-CSRF-TOKEN", token);
        assertThat(stranger.postJson("/login/webauthn", assertion("AAAA"), "X-CSRF-TOKEN", token).statusCode()).isEqualTo(401);
        assertThat(audit.entries()).last().asString().startsWith("SIGN_IN_THROTTLED - (unknown passkey) [passkey, locked until");
        assertThat(location(new FormClient(port).signIn(EDITOR, TestUsers.PASSWORD))).startsWith("/login?locked");
        assertThat(users.lastLoginAt(EDITOR)).isEmpty();
    }

    @Test
    void aPasskeyThatDoesNotVerifyCountsAgainstItsOwnerAndADisabledUsersPasskeyOpensNothing() {
        anEditorAndAnAdmin();
        String laptop = passkeyOf(EDITOR, "Laptop");
        FormClient thief = new FormClient(port);
        String token = FormClient.html(thief.get("/login")).select("#passkey-sign-in").attr("data-csrf-token");
        thief.postJson("/webauthn/authenticate/options", "", "X-CSRF-TOKEN", token);
        assertThat(thief.postJson("/login/webauthn", assertion(laptop), "X-CSRF-TOKEN", token).statusCode()).isEqualTo(401);
        jdbc.sql("update users set enabled = false where email = ?").param(EDITOR).update();
        thief.postJson("/webauthn/authenticate/options", "", "X-CSRF-TOKEN", token);
        assertThat(thief.postJson("/login/webauthn", assertion(laptop), "X-CSRF-TOKEN", token).statusCode()).isEqualTo(401);
        assertThat(audit.entries()).containsExactly("SIGN_IN_FAILED - " + EDITOR + " [passkey] from 127.0.0.1",
                "SIGN_IN_FAILED - " + EDITOR + " [passkey] from 127.0.0.1");
        assertThat(jdbc.sql("select count(*) from login_failures where account = ?").param(EDITOR).query(Long.class).single())
                .isEqualTo(2);
        assertThat(FormClient.html(thief.get("/login?error=passkey")).select("#sign-in-error").text())
                .startsWith("The passkey did not sign you in.");
    }

    @Test
    void anAdministratorsResetRemovesPasskeysToo() {
        anEditorAndAnAdmin();
        passkeyOf(EDITOR, "Laptop");
        passkeyOf(EDITOR, "Phone");
        long anaId = jdbc.sql("select id from users where email = ?").param(EDITOR).query(Long.class).single();
        FormClient boss = signedIn(ADMIN);
        HttpResponse<String> reset = boss.submit(FormClient.html(boss.get("/admin/users/" + anaId)), "#factors-reset-form", Map.of());
        assertThat(location(reset)).isEqualTo("/admin/users/" + anaId);
        assertThat(jdbc.sql("select count(*) from user_credentials").query(Long.class).single()).isZero();
        assertThat(audit.entries()).contains("FACTORS_RESET " + ADMIN + " " + EDITOR
                + " [2 passkeys removed] from 127.0.0.1");
    }

    private void anEditorAndAnAdmin() {
        users.editor(EDITOR, "Ana Rojas");
        users.admin(ADMIN, "Bea Boss");
    }

    /** A passkey as Spring Security stores one (its key is no key): enough for lists, counts and resets. */
    private String passkeyOf(String email, String label) {
        jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, ?) on conflict (name) do nothing")
                .params(UUID.randomUUID().toString().replace("-", ""), email, email).update();
        String credentialId = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
                            uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type,
                            backup_state, label, created, last_used)
                        select ?, id, '\\x00'::bytea, 0, true, false, 'internal', 'public-key', false, ?, now(), now()
                        from user_entities where name = ?
                        """)
                .params(credentialId, label, email).update();
        return credentialId;
    }

    /** What a browser sends to sign in with a passkey, for a credential of this id, signed by nothing. */
    private static String assertion(String credentialId) {
        String id = credentialId.replace("-", "");
        return """
                {"id":"%s","rawId":"%s","type":"public-key","clientExtensionResults":{},
                 "response":{"authenticatorData":"AAAA","clientDataJSON":"AAAA","signature":"AAAA"}}
                """.formatted(id, id);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }
}
