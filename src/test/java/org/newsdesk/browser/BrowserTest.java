package org.newsdesk.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.IntegrationTest;
import org.openqa.selenium.WebDriver;

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
}
