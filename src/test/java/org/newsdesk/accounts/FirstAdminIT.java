package org.newsdesk.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.cluster.StartupLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first administrator on an empty users table: from NEWSDESK_ADMIN_EMAIL and
 * NEWSDESK_ADMIN_PASSWORD (the test context sets them), or with a random password printed once.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIT extends IntegrationTest {

    static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    UserRepository userRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    StartupLock startupLock;

    @Test
    void theFirstAdminComesFromTheSettingsAndTheLogNeverShowsThePassword(CapturedOutput output) {
        assertThat(firstAdmin.createIfNoUsers()).hasValue("first-admin@example.org");

        assertThat(users.count()).isEqualTo(1);
        assertThat(users.role("first-admin@example.org")).isEqualTo("ADMIN");
        assertThat(users.enabled("first-admin@example.org")).isTrue();
        assertThat(users.passwordIs("first-admin@example.org", "first admin password")).isTrue();
        assertThat(output).contains("Created the first administrator, first-admin@example.org, from NEWSDESK_ADMIN_EMAIL")
                .doesNotContain("first admin password");
        assertThat(new FormClient(port).signIn("first-admin@example.org", "first admin password")
                .headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    @Test
    void nothingIsCreatedWhenThereAreUsersAlready(CapturedOutput output) {
        users.editor("ana@example.org", "Ana");
        int before = output.length();

        assertThat(firstAdmin.createIfNoUsers()).isEmpty();

        assertThat(users.count()).isEqualTo(1);
        assertThat(output.toString().substring(before)).doesNotContain("first administrator");
    }

    @Test
    void withoutSettingsTheFirstAdminGetsARandomPasswordPrintedOnce(CapturedOutput output) {
        FirstAdmin unset = new FirstAdmin(userRepository, passwordEncoder, new AdminProperties(null, null), startupLock, clock);

        assertThat(unset.createIfNoUsers()).hasValue("admin@localhost");

        assertThat(output).contains("WARN").contains("No users existed, so Newsdesk created the first administrator")
                .contains("email:    admin@localhost").contains("This password is shown only this once");
        Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSize(24).matches("[A-Za-z2-9]+");
        assertThat(users.role("admin@localhost")).isEqualTo("ADMIN");
        assertThat(users.passwordIs("admin@localhost", password)).isTrue();
        assertThat(jdbc.sql("select password_hash from users").query(String.class).single()).startsWith("{bcrypt}")
                .doesNotContain(password);
        assertThat(new FormClient(port).signIn("admin@localhost", password).headers().firstValue("Location").orElseThrow())
                .endsWith("/admin");

        assertThat(unset.createIfNoUsers()).isEmpty();
        assertThat(output.getOut().split("password: ", -1)).hasSize(2);
    }

    @Test
    void twoRandomPasswordsAreNeverTheSame(CapturedOutput output) {
        FirstAdmin unset = new FirstAdmin(userRepository, passwordEncoder, new AdminProperties(" ", ""), startupLock, clock);
        unset.createIfNoUsers();
        users.clear();
        unset.createIfNoUsers();

        Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String first = printed.group(1);
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).isNotEqualTo(first);
    }

    @Test
    void unusableSettingsStopTheStartWithAClearMessageThatNeverShowsThePassword() {
        assertThatThrownBy(() -> FirstAdmin.check(new AdminProperties("boss@example.org", "short pass")))
                .isInstanceOf(InvalidAdminSettingsException.class)
                .hasMessage("NEWSDESK_ADMIN_PASSWORD is too short: it must have at least 12 characters.")
                .hasMessageNotContaining("short pass");
        assertThatThrownBy(() -> FirstAdmin.check(new AdminProperties("boss@example.org", null)))
                .hasMessage("NEWSDESK_ADMIN_EMAIL is set but NEWSDESK_ADMIN_PASSWORD is not: the first admin needs both.");
        assertThatThrownBy(() -> FirstAdmin.check(new AdminProperties(null, "a long enough password")))
                .hasMessage("NEWSDESK_ADMIN_PASSWORD is set but NEWSDESK_ADMIN_EMAIL is not: the first admin needs both.");
        assertThatThrownBy(() -> FirstAdmin.check(new AdminProperties("boss at example.org", "a long enough password")))
                .hasMessageContaining("is not an email address");
        assertThatThrownBy(() -> FirstAdmin.check(new AdminProperties("boss@example.org", "ñ".repeat(40))))
                .hasMessage("NEWSDESK_ADMIN_PASSWORD is too long: it must fit in 72 bytes (UTF-8).");
        assertThat(new AdminProperties("boss@example.org", "secret password").toString()).doesNotContain("secret");
        assertThat(users.count()).isZero();
    }
}
