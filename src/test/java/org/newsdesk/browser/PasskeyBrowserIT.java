package org.newsdesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.SecondInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passkey in a real browser (Chromium's virtual authenticator, a platform authenticator that
 * verifies its user): an admin adds one under "Your account", signs out, and signs in with the
 * passkey alone. A passkey belongs to one host (the relying party id is the host of
 * {@code newsdesk.site.base-url}), and the tests' base URL names no host the browser can reach:
 * the journey runs on a second instance of the app whose base URL is where the browser finds it,
 * on the same database. The screens are valid and accessible (checked as the tests' own instance
 * renders them, for the same session: sessions are in PostgreSQL too).
 */
class PasskeyBrowserIT extends BrowserTest {

    static final String ADMIN = "bea.boss@example.org";

    @Test
    void anAdminAddsAPasskeyAndSignsInWithItAlone() {
        users.admin(ADMIN, "Bea Boss");
        int sitePort = freePort();
        VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true));
        try (ConfigurableApplicationContext site = SecondInstance.start("server.port=" + sitePort,
                "newsdesk.site.base-url=http://localhost:" + sitePort)) {
            driver.manage().deleteAllCookies();
            openOn(sitePort, "/login");
            type("email", ADMIN);
            type("password", org.newsdesk.accounts.TestUsers.PASSWORD);
            clickAndWait(By.cssSelector("main button[type=submit]"));

            openOn(sitePort, "/admin/account/passkeys");
            assertThat(driver.findElement(By.id("passkey-add")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("passkeys-unavailable")).isDisplayed()).isFalse();
            checkPage("passkeys, none yet");
            type("passkey-label", "Work laptop");
            clickAndWait(By.id("passkey-register"));
            assertThat(driver.findElement(By.cssSelector(".flash")).getText()).startsWith("The passkey was added.");
            assertThat(driver.findElements(By.cssSelector(".passkey-label"))).extracting(e -> e.getText())
                    .containsExactly("Work laptop");
            checkPage("passkeys, one");
            screenshot(Path.of("/tmp/shots/passkeys-account.png"));
            assertThat(jdbc.sql("""
                            select e.name || ' ' || c.label || ' ' || c.uv_initialized
                            from user_credentials c join user_entities e on e.id = c.user_entity_user_id
                            """).query(String.class).list())
                    .as("the passkey verified its user").containsExactly(ADMIN + " Work laptop true");
            String registeredUse = jdbc.sql("select last_used::text from user_credentials").query(String.class).single();

            clickAndWait(By.cssSelector("form.logout button"));
            openOn(sitePort, "/login");
            assertThat(driver.findElement(By.id("passkey-sign-in")).isDisplayed()).isTrue();
            checkPage("sign-in page with passkeys");
            screenshot(Path.of("/tmp/shots/passkeys-sign-in.png"));
            clickAndWait(By.cssSelector("#passkey-sign-in button"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
            assertThat(driver.findElement(By.cssSelector("a[href='/admin/account']")).getText()).isEqualTo("Your account");

            assertThat(jdbc.sql("select last_used::text from user_credentials").query(String.class).single())
                    .as("used once more").isGreaterThan(registeredUse);
            // The browser reaches the app at localhost, as 127.0.0.1 or ::1.
            assertThat(audit.entries()).map(entry -> entry.replaceFirst(" from .*", "")).containsSubsequence(
                    "FACTOR_ADDED " + ADMIN + " " + ADMIN + " [passkey “Work laptop”]",
                    "SIGN_OUT " + ADMIN + " " + ADMIN,
                    "SIGN_IN " + ADMIN + " " + ADMIN + " [passkey]");
        }
        finally {
            ((HasVirtualAuthenticator) driver).removeVirtualAuthenticator(authenticator);
            driver.manage().deleteAllCookies();
        }
    }

    private void openOn(int sitePort, String path) {
        driver.get(browser.url(sitePort, path));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
