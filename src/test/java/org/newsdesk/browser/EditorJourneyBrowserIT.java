package org.newsdesk.browser;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an editor does in a real browser: sign in, write, preview, publish, rename, schedule,
 * withdraw, sign out; a mistake in a form; and every editor screen valid and accessible.
 */
class EditorJourneyBrowserIT extends BrowserTest {

    static final String EDITOR = "ana.perez@example.org";

    @BeforeEach
    void setUp() {
        users.editor(EDITOR, "Ana Pérez");
        news.published("An earlier item", NOW.minus(Duration.ofDays(2)), "Repatriation");
        open("/");
        driver.manage().deleteAllCookies();
    }

    @Test
    void anEditorWritesPreviewsPublishesRenamesSchedulesAndWithdraws() {
        signIn();

        // Create an item with two tags, one of them new.
        open("/admin/items/new");
        type("title", "Costa Rica opens a new consular office in Managua");
        type("summary", "The office will serve Costa Ricans living in Nicaragua and migrants in transit.");
        type("body", "## Services\n\nPassports, *civil registry* and assistance.");
        type("tags", "Repatriation, Consular services");
        clickAndWait(By.cssSelector("button[name=action][value=save]"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isNotBlank();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Last changed by Ana Pérez");
        String editUrl = driver.getCurrentUrl();

        // Preview: the public page, marked as a preview.
        clickAndWait(By.linkText("Preview"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Costa Rica opens a new consular office in Managua");
        assertThat(driver.findElement(By.cssSelector(".preview-banner")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".body h2")).getText()).isEqualTo("Services");
        assertThat(driver.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content")).contains("noindex");

        // Publish now: first on the home page.
        driver.get(editUrl);
        clickAndWait(By.cssSelector("button[name=action][value=publish]"));
        open("/");
        assertThat(driver.findElements(By.cssSelector("article.card h2")).get(0).getText())
                .isEqualTo("Costa Rica opens a new consular office in Managua");
        assertThat(driver.findElements(By.cssSelector("article.card")).get(0).getText()).contains("Consular services", "Repatriation");

        // Change the slug: the old address lands on the new one.
        driver.get(editUrl);
        WebElement slug = driver.findElement(By.id("slug"));
        String oldSlug = slug.getAttribute("value");
        assertThat(oldSlug).isEqualTo("costa-rica-opens-a-new-consular-office-in-managua");
        slug.clear();
        slug.sendKeys("consular-office-managua");
        clickAndWait(By.cssSelector("button[name=action][value=save]"));
        open("/news/" + oldSlug);
        assertThat(driver.getCurrentUrl()).endsWith("/news/consular-office-managua");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Costa Rica opens a new consular office in Managua");

        // Schedule another item a minute ahead: it appears when the clock gets there.
        open("/admin/items/new");
        type("title", "Scheduled item on border management");
        type("summary", "It goes live one minute from now.");
        // 12:01 UTC is 06:01 in Costa Rica, the site's time zone.
        setValue("date", "2026-06-15");
        setValue("time", "06:01");
        clickAndWait(By.cssSelector("button[name=action][value=schedule]"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isNotBlank();
        open("/");
        assertThat(titlesOnHomePage()).doesNotContain("Scheduled item on border management");
        clock.advance(Duration.ofMinutes(1));
        open("/");
        assertThat(titlesOnHomePage().get(0)).isEqualTo("Scheduled item on border management");

        // Withdraw the first item: its page answers 410.
        driver.get(editUrl);
        type("withdrawalNote", "Published in error.");
        clickAndWait(By.cssSelector("button[name=action][value=withdraw]"));
        HttpResponse<String> gone = http.get("/news/consular-office-managua", "Accept", "text/html");
        assertThat(gone.statusCode()).isEqualTo(410);
        open("/news/consular-office-managua");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This item has been withdrawn");

        // Sign out.
        open("/admin");
        clickAndWait(By.cssSelector("form.logout button"));
        open("/admin/items");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void aMistakeKeepsWhatWasTypedAndTheMessageIsNextToTheField() {
        signIn();
        open("/admin/items/new");
        type("title", "A title the editor typed with care");
        type("summary", "A summary that must not be lost.");
        type("slug", "Not A Valid Slug!");
        clickAndWait(By.cssSelector("button[name=action][value=save]"));

        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("A title the editor typed with care");
        assertThat(driver.findElement(By.id("summary")).getAttribute("value")).isEqualTo("A summary that must not be lost.");
        WebElement slug = driver.findElement(By.id("slug"));
        assertThat(slug.getAttribute("value")).isEqualTo("Not A Valid Slug!");
        assertThat(slug.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = slug.getAttribute("aria-describedby");
        WebElement message = driver.findElement(By.id("slug-error"));
        assertThat(describedBy).contains("slug-error");
        assertThat(message.isDisplayed()).isTrue();
        assertThat(message.getText()).isNotBlank();
        assertThat(news.count()).as("only the item made before the test").isEqualTo(1);
    }

    @Test
    void everyEditorScreenIsValidHtmlWithoutAccessibilityViolations() {
        open("/login");
        checkPage("/login (form)");
        signIn();
        open("/admin/items/new");
        type("title", "Draft for the checks");
        type("summary", "A summary.");
        type("tags", "Migrant health");
        clickAndWait(By.cssSelector("button[name=action][value=save]"));
        String editUrl = driver.getCurrentUrl();

        for (String path : List.of("/admin", "/admin/items", "/admin/items/new", "/admin/tags", "/admin/transfer",
                "/admin/account")) {
            open(path);
            checkPage(path);
        }
        driver.get(editUrl);
        checkPage("edit form");
        clickAndWait(By.linkText("Preview"));
        checkPage("preview");

        // The form with errors.
        driver.get(editUrl);
        WebElement title = driver.findElement(By.id("title"));
        title.clear();
        title.sendKeys(" ");
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        clickAndWait(By.cssSelector("button[name=action][value=save]"));
        assertThat(driver.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
        checkPage("form with errors");
    }

    private void signIn() {
        signIn(EDITOR);
    }

    private List<String> titlesOnHomePage() {
        return driver.findElements(By.cssSelector("article.card h2")).stream().map(WebElement::getText).toList();
    }

    /** Sets a date or time field as its picker would. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }
}
