package id.suarawarga.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, as a cheap Android phone (360×740 CSS pixels). Where chromium or chromedriver is not
 * installed the calling test is skipped, saying so; {@code .ci/run} installs both so CI always runs these tests.
 */
public final class Browser {

    /**
     * True once the page that held {@code html} was replaced. Like Selenium's {@code stalenessOf}, but Chromium 156
     * sometimes reports the detached node as "Node with given id does not belong to the document", a plain
     * {@link org.openqa.selenium.WebDriverException} rather than a stale-element one: both mean the page is gone.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> pageReplaced(
            org.openqa.selenium.WebElement html) {
        return driver -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        };
    }

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    /** A phone-sized headless chromium; skips the test when the browser is not installed. */
    public static ChromeDriver phone() {
        return sized(360);
    }

    /** A laptop's browser (1280×800 CSS pixels, no phone emulation). */
    public static ChromeDriver laptop() {
        return sized(1280);
    }

    /** A phone (below 600 px wide) or a desktop browser of this width. */
    public static ChromeDriver sized(int width) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium"
                        + " chromium-driver; .ci/run does this). Looked for " + CHROMIUM + " and " + CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no outbound connections: this machine's network is closed and a real phone would not need them either
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=id-ID");
        if (width < 600) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", width, "height", 740, "pixelRatio", 2.0),
                            "userAgent",
                            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko)"
                                    + " Chrome/120.0 Mobile Safari/537.36"));
        } else {
            options.addArguments("--window-size=" + width + ",800");
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id-ID,id"));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        // fail in seconds, not the default three minutes, when the browser stops answering
        ChromeDriver driver = new ChromeDriver(
                service,
                options,
                org.openqa.selenium.remote.http.ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(30)));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /**
     * Switches the network of the page and of its service workers (each its own DevTools target) off or on, as a
     * phone losing and regaining signal; waits until the page sees it ({@code navigator.onLine}).
     */
    public static void network(ChromeDriver driver, boolean online) {
        String conditions =
                "{\"offline\":" + !online + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}";
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>)
                driver.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
        for (Map<String, Object> target : targets) {
            if (!"service_worker".equals(target.get("type"))) {
                continue;
            }
            String session = (String) driver.executeCdpCommand(
                            "Target.attachToTarget", Map.of("targetId", target.get("targetId"), "flatten", false))
                    .get("sessionId");
            driver.executeCdpCommand(
                    "Target.sendMessageToTarget",
                    Map.of("sessionId", session, "message", "{\"id\":1,\"method\":\"Network.enable\"}"));
            driver.executeCdpCommand(
                    "Target.sendMessageToTarget",
                    Map.of(
                            "sessionId",
                            session,
                            "message",
                            "{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":" + conditions
                                    + "}"));
        }
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> Boolean.valueOf(online).equals(driver.executeScript("return navigator.onLine")));
    }

    /** Waits until a service worker controls the page and keeps a copy of it: from then on it opens offline. */
    public static void waitUntilKeptOffline(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(driver.executeAsyncScript(
                        "var done = arguments[0]; if (!navigator.serviceWorker.controller) return done(false);"
                                + " caches.match(location.href, {ignoreSearch: true, ignoreVary: true})"
                                + ".then(function (r) { done(!!r); });")));
    }

    /** Lets the browser save downloads into {@code target/downloads/{name}} (emptied first); returns that folder. */
    public static Path downloadsInto(ChromeDriver driver, String name) {
        Path folder = Path.of("target", "downloads", name).toAbsolutePath();
        try {
            if (Files.exists(folder)) {
                try (var files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
        return folder;
    }

    /** Saves a full-page screenshot as {@code target/screenshots/{name}.png}. */
    public static Path screenshot(ChromeDriver driver, String name) {
        return screenshot(driver, name, 360, true);
    }

    /** Makes the page {@code width} CSS pixels wide (a laptop when {@code mobile} is false), 740 or 800 high. */
    public static void viewport(ChromeDriver driver, int width, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        mobile ? 740 : 800,
                        "deviceScaleFactor",
                        mobile ? 2 : 1,
                        "mobile",
                        mobile));
    }

    /** A full-page screenshot of a browser {@code width} CSS pixels wide (a phone below 600). */
    public static Path screenshot(ChromeDriver driver, String name, int width) {
        return screenshot(driver, name, width, width < 600);
    }

    /** Saves a full-page screenshot {@code width} CSS pixels wide, then returns to that width's window. */
    public static Path screenshot(ChromeDriver driver, String name, int width, boolean mobile) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            long pageHeight = Math.round(((Number) size.get("height")).doubleValue());
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            width,
                            "height",
                            (int) Math.min(pageHeight, 8000),
                            "deviceScaleFactor",
                            mobile ? 2 : 1,
                            "mobile",
                            mobile));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            viewport(driver, width, mobile);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nothing on the page is wider than the window: it never scrolls sideways (issue #17's 360 px rule). */
    public static void assertFits(ChromeDriver driver, int width) {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(width);
    }

    /** Signs in on the sign-in page at {@code base} and waits until the browser has left it. */
    public static void signIn(ChromeDriver driver, String base, String username, String password) {
        driver.get(base.replaceAll("/$", "") + "/masuk");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/masuk")));
    }
}
