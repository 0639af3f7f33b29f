package org.newsdesk.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, keeps a screenshot and the page source under
 * {@code target/browser-failures/} for whoever reads the build log.
 */
final class FailureArtifacts implements TestWatcher {

    static final Path DIRECTORY = Path.of("target", "browser-failures");

    private static volatile WebDriver driver;

    static void watch(WebDriver current) {
        driver = current;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver current = driver;
        if (current == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_");
        try {
            Files.createDirectories(DIRECTORY);
            Path screenshot = ((TakesScreenshot) current).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(screenshot, DIRECTORY.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(DIRECTORY.resolve(name + ".html"), current.getPageSource());
            System.err.println("Browser test failed at " + current.getCurrentUrl() + "; screenshot and page source in "
                    + DIRECTORY.toAbsolutePath() + "/" + name + ".{png,html}");
        }
        catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser failure artifacts: " + e);
        }
    }
}
