package org.newsdesk.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.news.MarkdownRenderer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees in a real browser: the journey through the public pages, valid HTML and
 * no accessibility violations on every public page type, a phone-sized screen, the keyboard.
 */
class PublicPagesBrowserIT extends BrowserTest {

    @Autowired
    MarkdownRenderer markdown;

    @BeforeEach
    void setUp() {
        // Twelve items in May and June 2026, so that there is a second page, tags and two months.
        news.publishedSeries(12, Instant.parse("2026-05-31T16:00:00Z"), "Repatriation", "Costa Rica");
        String body = """
                ## What was agreed

                The ministries agreed on **three** measures:

                1. shared data on returns,
                2. consular assistance at the border,
                3. a joint review in *six months*.

                > "Coordination saves lives," said the vice-minister.

                See [the Regional Conference on Migration](https://www.crmsv.org/).
                """;
        news.withBody("Costa Rica and Panama agree on assisted returns", Instant.parse("2026-06-10T16:00:00Z"), body,
                markdown.toSafeHtml(body));
        news.withdrawn("A withdrawn item", Instant.parse("2026-06-01T16:00:00Z"), "It repeated another item.");
    }

    @Test
    void aVisitorWalksFromTheHomePageThroughAnItemTagAndArchiveBackHome() {
        open("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Latest news");

        driver.findElement(By.cssSelector("nav.pagination a[rel=next]")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/page/2");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Latest news, page 2");

        driver.findElement(By.cssSelector("article.card h2 a")).click();
        assertThat(driver.getCurrentUrl()).contains("/news/item-number-");
        String itemTitle = driver.findElement(By.tagName("h1")).getText();
        assertThat(itemTitle).startsWith("Item number");

        driver.findElement(By.linkText("Repatriation")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/tags/repatriation");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Topic: Repatriation");

        driver.findElement(By.linkText("Archive")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/archive");
        driver.findElement(By.linkText("May")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/archive/2026/05");
        assertThat(driver.findElements(By.cssSelector("article.card"))).hasSize(10);

        driver.findElement(By.cssSelector("a.site-name")).click();
        assertThat(driver.getCurrentUrl()).isEqualTo(browser.url(port, "/"));
        assertThat(driver.findElements(By.cssSelector("article.card h2")).get(0).getText())
                .isEqualTo("Costa Rica and Panama agree on assisted returns");

        // The search box in the header: a plain form, no script.
        WebElement search = driver.findElement(By.id("site-search-q"));
        search.sendKeys("panama returns");
        search.submit();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(browser -> browser.getCurrentUrl().contains("/search?q=panama+returns"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Costa Rica and Panama agree on assisted returns");
        assertThat(driver.findElements(By.cssSelector("main mark"))).isNotEmpty();
    }

    @Test
    void aMissingPageAndAWithdrawnItemExplainThemselves() {
        open("/news/no-such-item");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        driver.findElement(By.linkText("Go to the latest news")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Latest news");

        open("/news/a-withdrawn-item");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This item has been withdrawn");
        assertThat(driver.findElement(By.cssSelector(".withdrawal-note")).getText()).isEqualTo("It repeated another item.");
    }

    @Test
    void everyPublicPageTypeIsValidHtmlWithoutAccessibilityViolations() {
        List<String> pages = List.of("/", "/page/2", "/news/costa-rica-and-panama-agree-on-assisted-returns",
                "/news/item-number-3", "/tags", "/tags/repatriation", "/archive", "/archive/2026", "/archive/2026/05",
                "/news/no-such-item", "/news/a-withdrawn-item", "/search", "/search?q=assisted+returns",
                "/search?q=nothing+matches+this", "/login");
        for (String path : pages) {
            assertThat(HtmlChecker.errorsInHtml(http.get(path, "Accept", "text/html").body())).as("HTML errors on " + path).isEmpty();
            open(path);
            assertThat(AccessibilityChecker.violations(driver)).as("axe violations on " + path).isEmpty();
        }
    }

    @Test
    void theStylesheetsAreValidCss() {
        String stylesheet = Http.html(http.get("/")).select("link[rel=stylesheet]").attr("href");
        assertThat(HtmlChecker.errorsInCss(http.get(stylesheet).body())).isEmpty();

        assertThat(HtmlChecker.errorsInCss(http.get("/css/admin.css").body())).as("admin.css").isEmpty();
    }

    @Test
    void onAPhoneThereIsNoHorizontalScrollingAndTheNavigationWorks() {
        browser.resize(390, 844);
        for (String path : List.of("/", "/news/costa-rica-and-panama-agree-on-assisted-returns", "/tags", "/archive",
                "/archive/2026/05")) {
            open(path);
            Long overflow = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow on " + path).isLessThanOrEqualTo(0L);
        }
        WebElement topics = driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("Topics"));
        assertThat(topics.isDisplayed()).isTrue();
        assertThat(topics.getSize().getHeight()).isGreaterThanOrEqualTo(24);
        topics.click();
        assertThat(driver.getCurrentUrl()).endsWith("/tags");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndFocusIsAlwaysVisible() {
        open("/");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skipLink = driver.switchTo().activeElement();
        assertThat(skipLink.getText()).isEqualTo("Skip to content");
        assertThat(skipLink.getLocation().getY()).as("the skip link comes into view when focused").isGreaterThanOrEqualTo(0);
        assertThat(hasVisibleFocus(skipLink)).isTrue();

        skipLink.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        // The next stops are inside the main content; each shows where the focus is.
        for (int stop = 0; stop < 8; stop++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            assertThat(hasVisibleFocus(focused)).as("visible focus on " + focused.getText()).isTrue();
        }
    }

    private boolean hasVisibleFocus(WebElement element) {
        String outline = (String) ((JavascriptExecutor) driver).executeScript(
                "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
        return !outline.startsWith("none") && !outline.endsWith(" 0px");
    }
}
