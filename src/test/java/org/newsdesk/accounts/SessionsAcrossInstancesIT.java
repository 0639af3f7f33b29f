package org.newsdesk.accounts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several app instances on one database, as behind a load balancer: a second, separately started
 * Newsdesk shares the test database with the test's own instance. Sessions and sign-in locks live
 * in PostgreSQL, so each instance honours what the other did.
 */
@ExtendWith(OutputCaptureExtension.class)
class SessionsAcrossInstancesIT extends IntegrationTest {

    static final String EMAIL = "ana@example.org";

    static ConfigurableApplicationContext secondInstance;
    static int secondPort;

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = SecondInstance.start("newsdesk.site.name=Second Instance");
        secondPort = SecondInstance.port(secondInstance);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @BeforeEach
    void setUp() {
        // The second instance runs on the real clock; so does this test, so that both agree on locks.
        clock.set(Instant.now());
        users.editor(EMAIL, "Ana Rojas");
    }

    @Test
    void aSessionStartedOnOneInstanceIsAcceptedByTheOtherAndEndsOnBoth() {
        FormClient first = signedIn(EMAIL);
        FormClient second = first.at(secondPort);

        HttpResponse<String> dashboard = second.get("/admin");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(FormClient.html(dashboard).select("h1").text()).isEqualTo("Welcome, Ana Rojas");
        assertThat(FormClient.html(dashboard).title()).endsWith("Second Instance");

        HttpResponse<String> signOut = second.submit(FormClient.html(dashboard), "form.logout", Map.of());
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(first.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void aLockMadeOnOneInstanceHoldsOnTheOther() {
        for (int i = 1; i <= 5; i++) {
            new FormClient(port).withHeader("X-Forwarded-For", "192.0.2." + i).signIn(EMAIL, "wrong password");
        }

        HttpResponse<String> refused = new FormClient(secondPort).withHeader("X-Forwarded-For", "198.51.100.1")
                .signIn(EMAIL, TestUsers.PASSWORD);

        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
    }

    @Test
    void aTooShortAdminPasswordStopsTheStartWithAClearReport(CapturedOutput output) {
        assertThatThrownBy(() -> SecondInstance.start("newsdesk.admin.password=tiny secret"))
                .hasRootCauseInstanceOf(InvalidAdminSettingsException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("NEWSDESK_ADMIN_PASSWORD is too short: it must have at least 12 characters.")
                .contains("Fix NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD")
                .doesNotContain("tiny secret");
        assertThat(users.count()).isEqualTo(1);
    }
}
