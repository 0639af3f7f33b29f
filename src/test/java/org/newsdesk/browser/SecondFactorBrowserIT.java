package org.newsdesk.browser;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.accounts.TestUsers;
import org.newsdesk.accounts.TotpCodes;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second-factor screens in a browser, valid and accessible: enrolling an authenticator app
 * (QR code, key, code), the recovery codes, the second step of a sign-in with a code computed
 * here as the app would, and the administrators' setting.
 */
class SecondFactorBrowserIT extends BrowserTest {

    static final String ADMIN = "bea.boss@example.org";

    @Test
    void anAdminEnrolsAnAppAndSignsInWithItsCode() {
        users.admin(ADMIN, "Bea Boss");
        open("/");
        driver.manage().deleteAllCookies();
        signIn(ADMIN);

        open("/admin/account/authenticator");
        assertThat(driver.findElements(By.cssSelector("svg.qr-code path"))).hasSize(1);
        checkPage("authenticator enrolment");
        screenshot(Path.of("/tmp/shots/editors-authenticator-enrol.png"));
        String secret = driver.findElement(By.cssSelector(".secret-key")).getText().replace(" ", "");
        type("code", TotpCodes.at(secret, clock.instant()));
        clickAndWait(By.cssSelector("#enrol-form button[type=submit]"));
        assertThat(driver.findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
        checkPage("recovery codes");
        screenshot(Path.of("/tmp/shots/editors-recovery-codes.png"));

        open("/admin/users/second-factor");
        checkPage("second-factor setting");

        clickAndWait(By.cssSelector("form.logout button"));
        open("/login");
        type("email", ADMIN);
        type("password", TestUsers.PASSWORD);
        clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/login/second-factor");
        checkPage("second step");
        screenshot(Path.of("/tmp/shots/editors-second-step.png"));
        clock.advance(Duration.ofSeconds(30));
        type("code", TotpCodes.at(secret, clock.instant()));
        clickAndWait(By.cssSelector("form.sign-in-form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/admin");
    }
}
