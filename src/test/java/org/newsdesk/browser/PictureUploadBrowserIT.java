package org.newsdesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.remote.LocalFileDetector;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.newsdesk.media.TestPictures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading pictures with JavaScript on (issue 13): upload.js sends the form with a progress bar and
 * then shows the server's answer as a plain submission would: a refused file next to its field with
 * everything typed kept, a good one as the item's lead picture, a library upload on its own page.
 * The working copy's script sends the form's choices too (issue 16). Each screen valid and accessible.
 */
class PictureUploadBrowserIT extends BrowserTest {

    /** Records, in the window (which outlives the page upload.js replaces), every state the progress showed. */
    private static final String WATCH_PROGRESS = """
            window.progressSeen = [];
            document.querySelectorAll('.upload-progress').forEach(function (box) {
              var record = function () {
                window.progressSeen.push(box.querySelector('progress').value + ' ' + box.querySelector('.upload-progress-text').textContent);
              };
              new MutationObserver(record).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
            });""";

    @Test
    void anEditorUploadsWithProgressSeesARefusalKeepingTheirTextThenThePicture() throws IOException {
        news.clearPictures();
        users.editor("ana.perez@example.org", "Ana Pérez");
        open("/");
        driver.manage().deleteAllCookies();
        signIn("ana.perez@example.org");
        if (driver.getClass() == RemoteWebDriver.class) {
            // The browser in a container reads the files through the driver.
            ((RemoteWebDriver) driver).setFileDetector(new LocalFileDetector());
        }
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        Path files = Files.createTempDirectory("uploads");

        open("/admin/items/new");
        assertThat(driver.findElement(By.cssSelector("#leadPicture .upload-progress-bar")).isDisplayed()).isFalse();
        type("title", "Shelter opens in Tapachula");
        type("summary", "Forty beds for families.");
        type("body", "A long text typed with care.");
        // The working copy holds the form's choices as well as its text.
        wait.until(ExpectedConditions.textMatches(By.id("autosave-status"), java.util.regex.Pattern.compile("A copy of your text was kept at .+")));
        assertThat(jdbc.sql("select language || '|' || lead_picture || '|' || date from item_working_copies").query(String.class).single())
                .isEqualTo("en||");

        By save = By.cssSelector("button[name=action][value=save]");
        uploadWithProgress("leadPictureFile", file(files, "notes.png", "not a picture".getBytes()), save);
        assertThat(driver.findElement(By.id("leadPicture-error")).getText()).contains("not a JPEG, PNG or WebP");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Shelter opens in Tapachula");
        assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo("A long text typed with care.");
        assertThat(news.count()).isZero();
        checkPage("item form with errors after a refused upload");

        uploadWithProgress("leadPictureFile", file(files, "shelter.png", TestPictures.png(900, 600)), save);
        assertThat(driver.getCurrentUrl()).matches(".*/admin/items/\\d+");
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isNotEmpty();
        WebElement chosen = driver.findElement(By.cssSelector("input[name=leadPicture]:checked"));
        assertThat(chosen.getAttribute("value")).isNotEmpty();
        awaitShown(wait, chosen.findElement(By.xpath("following-sibling::img")));
        assertThat(jdbc.sql("select lead_picture_id from news_items").query(Long.class).single()).isEqualTo(Long.valueOf(chosen.getAttribute("value")));
        checkPage("item form after an upload");

        open("/admin/media");
        uploadWithProgress("files", file(files, "harbour.jpg", TestPictures.jpeg(1200, 800)), By.cssSelector("#upload-form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).matches(".*/admin/media/\\d+");
        awaitShown(wait, driver.findElement(By.cssSelector("#focal-picture img")));
        assertThat(jdbc.sql("select count(*) from pictures").query(Long.class).single()).isEqualTo(2);
        checkPage("picture page after an upload");
        open("/admin/media");
        checkPage("media library");
    }

    /** Chooses the file, sends the form with the button, and sees the progress reach its end before the answer is shown. */
    @SuppressWarnings("unchecked")
    private void uploadWithProgress(String fileInput, Path file, By button) {
        driver.findElement(By.id(fileInput)).sendKeys(file.toString());
        ((JavascriptExecutor) driver).executeScript(WATCH_PROGRESS);
        clickAndWait(button);
        List<String> seen = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.progressSeen");
        assertThat(seen).last().asString().startsWith("100 Uploaded (100%)");
    }

    private void awaitShown(WebDriverWait wait, WebElement image) {
        wait.until(browser -> ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", image)).intValue() > 0);
    }

    private static Path file(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
