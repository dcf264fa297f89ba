package dev.opsuite.console.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium through Debian's chromedriver (Selenium; nothing is downloaded at test time). Where the
 * two packages are missing the test is skipped, unless {@code -Dopsuite.browser.required=true} (CI) makes it fail:
 * a browser test that silently skips in CI would prove nothing.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A laptop-sized window on the console at {@code base} (e.g. http://127.0.0.1:8080). */
    public static Browser open(String base) {
        return open(base, 1366, 900);
    }

    /**
     * A phone-sized viewport (the technician's day). Headless chromium keeps a window at least 500 px wide whatever
     * --window-size says, so the phone's 390 x 844 is emulated through the DevTools protocol (as DevTools' device
     * toolbar does): the page, its media queries and the screenshots are then 390 px wide.
     */
    public static Browser phone(String base) {
        Browser browser = open(base, 390, 844);
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return browser;
    }

    private static Browser open(String base, int width, int height) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
        if (Boolean.getBoolean("opsuite.browser.required")) {
            assertTrue(present, why);
        } else {
            assumeTrue(present, why);
        }
        // chromium's throwaway profile goes where the build's scratch files go (java.io.tmpdir is target/tmp), not /tmp
        String scratch = System.getProperty("java.io.tmpdir");
        try {
            Files.createDirectories(Path.of(scratch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(java.util.Map.of("TMPDIR", scratch))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height);
        return new Browser(new ChromeDriver(service, options), base);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a console path, e.g. "/board?date=2026-12-07". */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the local sign-in page and waits for the role's landing page. */
    public Browser signIn(String role, String tenant, String user) {
        driver.manage().deleteAllCookies();
        go("/sign-in");
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        type(By.id("tenant"), tenant);
        type(By.id("user"), user == null ? "" : user);
        driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
        waitFor().until(d -> !d.getCurrentUrl().contains("/sign-in"));
        return this;
    }

    public Browser type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public WebElement find(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** Waits until the element's text contains {@code text} (htmx swaps, SSE updates). */
    public Browser awaitText(By by, String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    public WebDriverWait waitFor() {
        return new WebDriverWait(driver, PATIENCE);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Saves target/screenshots/NAME.png (a build artefact; a few are copied to docs/console/ for the README). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
