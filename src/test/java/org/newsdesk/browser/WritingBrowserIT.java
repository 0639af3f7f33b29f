package org.newsdesk.browser;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing in a real browser (issue 16 §2): the preview and the counters follow the typing, the
 * text is kept as a working copy, and two revisions are compared; each screen valid and accessible.
 */
class WritingBrowserIT extends BrowserTest {

    @Test
    void theEditorSeesThePreviewAndCountersAsTheyTypeAndComparesTwoRevisions() {
        users.editor("ana.perez@example.org", "Ana Pérez");
        open("/");
        driver.manage().deleteAllCookies();
        signIn("ana.perez@example.org");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

        open("/admin/items/new");
        type("title", "Consular office opens in Managua");
        type("summary", "The office serves Costa Ricans in Nicaragua.");
        type("body", "## Services\n\nPassports, *civil registry* and help.\n\n<script>alert(1)</script>");

        wait.until(ExpectedConditions.textToBe(By.cssSelector("#live-preview .body h2"), "Services"));
        assertThat(driver.findElement(By.cssSelector("#live-preview .body em")).getText()).isEqualTo("civil registry");
        assertThat(driver.findElements(By.cssSelector("#live-preview script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#live-preview .live-preview-heading")).getText())
                .isEqualTo("Consular office opens in Managua");
        assertThat(driver.findElement(By.id("body-count")).getText()).isEqualTo("7 words, about 1 min to read");
        assertThat(driver.findElement(By.id("summary-count")).getText()).isEqualTo("44 of 1000 characters");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#slug-preview .slug-preview-href"), "/news/consular-office-opens-in-managua"));
        assertThat(driver.findElement(By.id("slug-preview")).isDisplayed()).isTrue();
        wait.until(ExpectedConditions.textMatches(By.id("autosave-status"), java.util.regex.Pattern.compile("A copy of your text was kept at .+")));
        assertThat(jdbc.sql("select title from item_working_copies").query(String.class).single()).isEqualTo("Consular office opens in Managua");
        screenshot(Path.of("/tmp/shots/writing-editor-preview.png"));
        checkPage("item form with the live preview");

        clickAndWait(By.cssSelector("button[name=action][value=save]"));
        String editUrl = driver.getCurrentUrl();
        type("title", "Consular office opens in Managua on Monday");
        type("body", "## Services\n\nPassports, *civil registry*, visas and help.");
        clickAndWait(By.cssSelector("button[name=action][value=save]"));
        assertThat(jdbc.sql("select count(*) from item_working_copies").query(Long.class).single()).isZero();

        driver.get(editUrl);
        clickAndWait(By.cssSelector(".compare-link a"));
        assertThat(driver.findElements(By.cssSelector("dl.diff ins span:not(.visually-hidden)")).stream()
                .map(element -> element.getText().strip()).toList()).contains("on Monday", "visas");
        screenshot(Path.of("/tmp/shots/writing-diff.png"));
        checkPage("revision comparison");
    }
}
