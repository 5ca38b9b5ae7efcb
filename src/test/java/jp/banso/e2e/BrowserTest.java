package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of end-to-end tests in real headless Chromium (Debian's chromium and chromedriver) against the app
 * on a random port. All browser tests share one context and one embedded MariaDB under
 * target/test-data/browser. Screenshots go to target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "banso.data-dir=target/test-data/browser")
@ActiveProfiles("test")
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Below this width a browser is an emulated phone (touch, mobile viewport). */
    static final int PHONE_MAX_WIDTH = 600;

    static {
        IntegrationTest.deleteRecursively(Path.of("target/test-data/browser"));
    }

    @LocalServerPort
    protected int port;

    private final List<WebDriver> drivers = new ArrayList<>();

    /** A new browser with its own profile: separate cookies, like a second person or device. */
    protected WebDriver newBrowser(int width, int height) {
        // a browser test without a browser fails: a skip would pass for a test that ran
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("headless Chromium is not installed (apt-get install chromium chromium-driver fonts-noto-cjk); .ci/run installs it")
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=ja-JP");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja-JP,ja"));
        if (width < PHONE_MAX_WIDTH) {
            // a desktop window can't be narrower than ~500 px: a phone needs device emulation to get a 390 px viewport
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true, "mobile", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        drivers.add(driver);
        return driver;
    }

    protected WebDriver newBrowser() {
        return newBrowser(1366, 900);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens a page and waits until Vaadin has rendered it and has no pending server round trip. */
    protected void open(WebDriver driver, String path) {
        driver.get(url(path));
        waitForVaadin(driver);
    }

    protected static void waitForVaadin(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && document.querySelector('vaadin-app-layout, main') !== null")));
    }

    protected static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * Waits (up to 60 s: a first page after login on a busy CI machine) for an element a loaded page shows;
     * on timeout, keeps a screenshot and says where the browser was, so a failure can be read.
     */
    protected static void awaitShown(WebDriver driver, String selector, String name) throws IOException {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(css(selector)));
        } catch (TimeoutException e) {
            screenshot(driver, name + "-timeout");
            throw new AssertionError(selector + " not shown; the browser is at " + driver.getCurrentUrl()
                    + " (\"" + driver.getTitle() + "\")", e);
        }
    }

    protected static Path screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    protected static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    protected static By css(String selector) {
        return By.cssSelector(selector);
    }

    @AfterEach
    void quitBrowsers() {
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }
}
