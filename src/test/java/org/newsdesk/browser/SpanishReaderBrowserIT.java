package org.newsdesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.NewsItem;
import org.newsdesk.web.LanguageSuggestions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spanish reader (issue 14): the Spanish pages in a browser, the language switch both ways,
 * valid HTML and no axe violations on every Spanish page type, a phone screen; screenshots of the
 * Spanish pages at 390 and 1366 px wide go to {@code /tmp/shots} (or {@code newsdesk.shots}).
 */
class SpanishReaderBrowserIT extends BrowserTest {

    static final Path SHOTS = Path.of(System.getProperty("newsdesk.shots", "/tmp/shots"));

    @BeforeEach
    void setUp() {
        for (int i = 1; i <= 11; i++) {
            news.publishedInSpanish("Noticia regional número " + i, Instant.parse("2026-05-31T16:00:00Z").minusSeconds(3600L * i),
                    "Repatriation", "Costa Rica");
        }
        NewsItem english = news.published("Costa Rica and Panama agree on assisted returns", Instant.parse("2026-06-10T16:00:00Z"),
                "Repatriation");
        NewsItem spanish = news.publishedInSpanish("Costa Rica y Panamá acuerdan retornos asistidos",
                Instant.parse("2026-06-10T16:00:00Z"), "Repatriation", "Costa Rica");
        news.linkTranslations(english, spanish);
        news.spanishTopicName("Repatriation", "Repatriación");
    }

    @Test
    void aSpanishReaderReadsInSpanishAndSwitchesToTheEnglishTranslation() {
        open("/es");
        assertThat(heading()).isEqualTo("Últimas noticias");
        driver.findElement(By.linkText("Costa Rica y Panamá acuerdan retornos asistidos")).click();
        assertThat(driver.findElement(By.cssSelector("article.item time")).getText()).isEqualTo("10 de junio de 2026");
        driver.findElement(By.cssSelector(".language-switch a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/news/costa-rica-and-panama-agree-on-assisted-returns");
        driver.findElement(By.cssSelector(".language-switch a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/es/noticias/costa-rica-y-panama-acuerdan-retornos-asistidos");
        driver.findElement(By.linkText("Repatriación")).click();
        assertThat(heading()).isEqualTo("Tema: Repatriación");
        driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("Archivo")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/es/archivo");
        driver.findElement(By.id("site-search-q")).sendKeys("retorno\n");
        // Enter submits the form without waiting for the next page, as a click does: wait for it.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(browser -> browser.getCurrentUrl().contains("/es/buscar?q=retorno"));
        assertThat(driver.findElements(By.cssSelector("article h2"))).extracting(e -> e.getText())
                .containsExactly("Costa Rica y Panamá acuerdan retornos asistidos");
    }

    /**
     * The browser prefers English (it runs with {@code --lang=en}): Spanish pages offer the English
     * one in a notice, valid and without axe violations; "No, thanks" hides it in place (JavaScript)
     * and it stays away on the next page.
     */
    @Test
    void aReaderWhoseBrowserPrefersEnglishIsOfferedTheEnglishPageAndDismissesIt() {
        String path = "/es/noticias/costa-rica-y-panama-acuerdan-retornos-asistidos";
        open(path);
        driver.manage().deleteCookieNamed(LanguageSuggestions.COOKIE);
        open(path);
        WebElement notice = driver.findElement(By.cssSelector("aside.language-notice"));
        assertThat(notice.getText()).contains("This page is also in English.");
        assertThat(notice.findElement(By.linkText("Read it in English")).getAttribute("href"))
                .endsWith("/news/costa-rica-and-panama-agree-on-assisted-returns");
        assertThat(HtmlChecker.errorsInHtml(http.get(path, "Accept", "text/html", "Accept-Language", "en").body()))
                .as("HTML errors with the notice").isEmpty();
        assertThat(AccessibilityChecker.violations(driver)).as("axe violations with the notice").isEmpty();

        notice.findElement(By.tagName("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(page -> page.findElements(By.cssSelector("aside.language-notice")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith(path);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(page -> page.manage().getCookieNamed(LanguageSuggestions.COOKIE) != null);
        open("/es");
        assertThat(driver.findElements(By.cssSelector("aside.language-notice"))).isEmpty();
        driver.manage().deleteCookieNamed(LanguageSuggestions.COOKIE);
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    @Test
    void everySpanishPageTypeIsValidHtmlWithoutAccessibilityViolations() throws Exception {
        List<String> pages = List.of("/es", "/es/pagina/2", "/es/noticias/costa-rica-y-panama-acuerdan-retornos-asistidos",
                "/es/temas", "/es/temas/repatriacion", "/es/temas/costa-rica", "/es/archivo", "/es/archivo/2026",
                "/es/archivo/2026/05", "/es/noticias/no-existe", "/es/buscar", "/es/buscar?q=retornos");
        Files.createDirectories(SHOTS);
        for (String path : pages) {
            // As the browser asks (it prefers English): with the language notice.
            assertThat(HtmlChecker.errorsInHtml(http.get(path, "Accept", "text/html", "Accept-Language", "en").body()))
                    .as("HTML errors on " + path).isEmpty();
            open(path);
            assertThat(AccessibilityChecker.violations(driver)).as("axe violations on " + path).isEmpty();
        }
        // The screenshots show the Spanish pages as a Spanish reader sees them: without the notice.
        driver.manage().addCookie(new Cookie(LanguageSuggestions.COOKIE, "dismissed"));
        for (int width : List.of(390, 1366)) {
            browser.resize(width, width == 390 ? 844 : 900);
            for (String path : List.of("/es", "/es/noticias/costa-rica-y-panama-acuerdan-retornos-asistidos", "/es/temas/repatriacion",
                    "/es/archivo", "/es/buscar?q=retornos")) {
                open(path);
                Long overflow = (Long) ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as("horizontal overflow on " + path + " at " + width).isLessThanOrEqualTo(0L);
                String name = "es-" + (path.equals("/es") ? "home" : path.substring(4).replaceAll("[^a-z0-9]+", "-")) + "-" + width + ".png";
                Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        driver.manage().deleteCookieNamed(LanguageSuggestions.COOKIE);
    }
}
