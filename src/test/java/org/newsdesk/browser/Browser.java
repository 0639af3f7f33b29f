package org.newsdesk.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.selenium.BrowserWebDriverContainer;

/**
 * The headless Chromium the browser tests drive, started once per test run.
 *
 * <p>Where it comes from, in this order: the machine's Chromium and chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}; {@code CHROME_BIN} and {@code CHROMEDRIVER}
 * override the paths); else, when a Docker engine answers, Testcontainers' browser container;
 * else the browser tests are skipped with a message saying what to install — except in CI
 * ({@code CI=true}), where a missing browser fails the build.
 */
final class Browser {

    static final String INSTALL_HINT = "Browser tests need Chromium and chromedriver: "
            + "`apt-get install chromium chromium-driver` (Debian/Ubuntu), or a running Docker engine.";

    private static Browser instance;

    private final WebDriver driver;
    /** How the browser reaches the app on this machine: localhost, or the container's way to the host. */
    private final String appHost;

    private Browser(WebDriver driver, String appHost) {
        this.driver = driver;
        this.appHost = appHost;
    }

    /** The shared browser, or the test is skipped (outside CI) when there is none. */
    static synchronized Browser get(int appPort) {
        if (instance == null) {
            instance = start(appPort);
            Runtime.getRuntime().addShutdownHook(new Thread(instance.driver::quit));
        }
        return instance;
    }

    WebDriver driver() {
        return driver;
    }

    String url(int port, String path) {
        return "http://" + appHost + ":" + port + path;
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    private static Browser start(int appPort) {
        File chromium = new File(env("CHROME_BIN", "/usr/bin/chromium"));
        File chromedriver = new File(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (chromium.canExecute() && chromedriver.canExecute()) {
            return new Browser(localChromium(chromium, chromedriver), "localhost");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return containerChromium(appPort);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("No browser in CI. " + INSTALL_HINT);
        }
        Assumptions.abort(INSTALL_HINT);
        throw new AssertionError("unreachable");
    }

    private static WebDriver localChromium(File chromium, File chromedriver) {
        Path profile;
        try {
            profile = Files.createTempDirectory("newsdesk-chromium");
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(chromeArguments());
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Public pages may be kept for a minute (Cache-Control: max-age); the tests change the
        // content between page loads and check what the server answers, so the browser must ask
        // every time. HTTP caching itself is checked by HttpCachingIT.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return driver;
    }

    private static Browser containerChromium(int appPort) {
        Testcontainers.exposeHostPorts(appPort);
        @SuppressWarnings("resource")
        BrowserWebDriverContainer container = new BrowserWebDriverContainer("selenium/standalone-chromium:latest");
        container.start();
        ChromeOptions options = new ChromeOptions();
        options.addArguments(chromeArguments());
        options.addArguments("--disk-cache-size=1", "--media-cache-size=1");
        WebDriver driver = new RemoteWebDriver(container.getSeleniumAddress(), options);
        return new Browser(driver, "host.testcontainers.internal");
    }

    /** Headless, and nothing that tries to reach hosts on the internet. */
    private static String[] chromeArguments() {
        return new String[] {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en"};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
