package org.newsdesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.IntegrationTest;
import org.newsdesk.accounts.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test starts from, beside {@link IntegrationTest}'s: the shared headless
 * Chromium pointed at the app, a desktop-sized window, and a screenshot and the page source in
 * {@code target/browser-failures/} when a test fails. A subclass's {@code @BeforeEach} runs after.
 */
abstract class BrowserTest extends IntegrationTest {

    @RegisterExtension
    static final FailureArtifacts failures = new FailureArtifacts();

    protected Browser browser;
    protected WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = Browser.get(port);
        driver = browser.driver();
        FailureArtifacts.watch(driver);
        browser.resize(1280, 900);
    }

    /** Opens a path of the app, such as {@code /news/some-item}. */
    void open(String path) {
        driver.get(browser.url(port, path));
    }

    /** Signs in through the login page, as a user made with {@code users}. */
    void signIn(String email) {
        open("/login");
        type("email", email);
        type("password", TestUsers.PASSWORD);
        clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
    }

    /**
     * The page shown is valid HTML (the Nu checker, on the HTML the server sent: re-fetched with
     * this session's cookie, unless {@code name} says the page shows errors, which a GET would not)
     * and has no axe violations in the live page.
     */
    void checkPage(String name) {
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        // The browser's serialisation of the DOM has no doctype; the server's answer had one.
        String html = "<!DOCTYPE html>\n" + driver.getPageSource();
        String path = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        if (!name.contains("errors")) {
            html = cookie.isEmpty() ? http.get(path, "Accept", "text/html").body()
                    : http.get(path, "Accept", "text/html", "Cookie", cookie).body();
        }
        assertThat(HtmlChecker.errorsInHtml(html)).as("HTML errors on " + name).isEmpty();
        assertThat(AccessibilityChecker.violations(driver)).as("axe violations on " + name).isEmpty();
    }

    /** Clicks a button or link and waits until the browser has left the page (a POST and its redirect included). */
    void clickAndWait(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(browser -> {
            try {
                page.isEnabled();
                return false;
            }
            catch (WebDriverException gone) {
                // Stale, or "does not belong to the document": either way the old page has gone.
                return true;
            }
        });
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A screenshot of the page shown, for the notes (a directory outside the build). */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
