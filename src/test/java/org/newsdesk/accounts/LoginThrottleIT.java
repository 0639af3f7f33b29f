package org.newsdesk.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five failed sign-ins for one account, or from one address, within 15 minutes lock it for 15
 * minutes, right password or not. Client addresses come from X-Forwarded-For, as behind the proxy
 * the site runs behind (documentation addresses, RFC 5737).
 */
class LoginThrottleIT extends IntegrationTest {

    static final String EMAIL = "ana.rojas@example.org";
    static final String LOCKED_MESSAGE = "Too many failed attempts to sign in. For your security, signing in with this "
            + "account or from this network is paused for 15 minutes. Try again in 15 minutes.";

    @BeforeEach
    void setUp() {
        users.editor(EMAIL, "Ana Rojas");
        users.editor("ben@example.org", "Ben Ortiz");
    }

    FormClient from(String address) {
        return new FormClient(port).withHeader("X-Forwarded-For", address);
    }

    @Test
    void fiveFailuresForOneAccountLockItEvenWithTheRightPasswordFromAnywhere() {
        for (int i = 1; i <= 5; i++) {
            assertThat(location(from("192.0.2." + i).signIn(EMAIL, "wrong password " + i))).endsWith("/login?error");
        }

        FormClient owner = from("198.51.100.7");
        HttpResponse<String> refused = owner.signIn(EMAIL, TestUsers.PASSWORD);

        assertThat(location(refused)).endsWith("/login?locked");
        assertThat(FormClient.html(owner.get("/login?locked")).select("#sign-in-error").text()).isEqualTo(LOCKED_MESSAGE);
        assertThat(owner.get("/admin").statusCode()).isEqualTo(302);
        // The email is matched as typed, ignoring case: another spelling is the same account.
        assertThat(location(from("198.51.100.8").signIn("ANA.ROJAS@example.org", TestUsers.PASSWORD))).endsWith("/login?locked");
        // Other accounts are not affected.
        assertThat(location(from("198.51.100.7").signIn("ben@example.org", TestUsers.PASSWORD))).endsWith("/admin");
        assertThat(users.lastLoginAt(EMAIL)).isEmpty();
    }

    @Test
    void theLockEndsAfterFifteenMinutesAndSaysHowLongIsLeft() {
        for (int i = 1; i <= 5; i++) {
            from("192.0.2." + i).signIn(EMAIL, "wrong password " + i);
        }
        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        FormClient owner = from("198.51.100.7");
        assertThat(location(owner.signIn(EMAIL, TestUsers.PASSWORD))).endsWith("/login?locked");
        assertThat(FormClient.html(owner.get("/login?locked")).select("#sign-in-error").text()).endsWith("Try again in 5 minutes.");

        clock.advance(Duration.ofMinutes(4).plusSeconds(30));

        assertThat(location(owner.signIn(EMAIL, TestUsers.PASSWORD))).endsWith("/admin");
        assertThat(owner.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() {
        FormClient attacker = from("203.0.113.9");
        for (int i = 1; i <= 5; i++) {
            assertThat(location(attacker.signIn("guess" + i + "@example.org", "wrong password"))).endsWith("/login?error");
        }

        assertThat(location(from("203.0.113.9").signIn(EMAIL, TestUsers.PASSWORD))).endsWith("/login?locked");
        assertThat(location(from("203.0.113.10").signIn(EMAIL, TestUsers.PASSWORD))).endsWith("/admin");

        clock.advance(Duration.ofMinutes(15));
        assertThat(location(from("203.0.113.9").signIn("ben@example.org", TestUsers.PASSWORD))).endsWith("/admin");
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int i = 1; i <= 4; i++) {
            from("192.0.2." + i).signIn(EMAIL, "wrong password");
        }
        clock.advance(Duration.ofMinutes(16));
        from("192.0.2.5").signIn(EMAIL, "wrong password");

        assertThat(location(from("198.51.100.7").signIn(EMAIL, TestUsers.PASSWORD))).endsWith("/admin");
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 1; i <= 4; i++) {
            from("192.0.2." + i).signIn(EMAIL, "wrong password");
        }
        assertThat(location(from("198.51.100.7").signIn(EMAIL, TestUsers.PASSWORD))).endsWith("/admin");
        for (int i = 1; i <= 4; i++) {
            from("192.0.2." + (10 + i)).signIn(EMAIL, "wrong password");
        }

        assertThat(location(from("198.51.100.8").signIn(EMAIL, TestUsers.PASSWORD))).endsWith("/admin");
    }

    @Test
    void aLockedAttemptIsNotCountedAndAnOverlongPasswordIsAnOrdinaryFailure() {
        String overlong = "x".repeat(500);
        for (int i = 1; i <= 5; i++) {
            assertThat(location(from("192.0.2." + i).signIn(EMAIL, overlong))).endsWith("/login?error");
        }
        for (int i = 0; i < 3; i++) {
            from("192.0.2.50").signIn(EMAIL, "wrong password");
        }

        assertThat(jdbc.sql("select count(*) from login_failures").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select locked_until from login_locks where kind = 'ACCOUNT'").query(java.time.OffsetDateTime.class)
                .single().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
