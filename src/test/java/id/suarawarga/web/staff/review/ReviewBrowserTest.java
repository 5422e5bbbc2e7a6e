package id.suarawarga.web.staff.review;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A program owner on a phone reviews five flagged responses (three counted, two rejected: one from its own page, one
 * by reason); afterwards the IKM on the dashboard, in the default CSV export and from the evaluation API agree. The
 * review pages are also looked at on a 1280 px laptop.
 */
@QuarkusTest
class ReviewBrowserTest {

    /** Clean respondents (U1..U9), then five repeats from the same phones (flagged DUPLICATE_DEVICE). */
    static final int[][] CLEAN = {
        {3, 3, 2, 4, 3, 3, 4, 3, 2}, {4, 4, 3, 4, 4, 4, 4, 3, 3}, {2, 3, 2, 3, 3, 3, 3, 2, 1},
        {3, 3, 3, 4, 3, 4, 4, 3, 2}, {4, 3, 2, 4, 3, 3, 3, 3, 3}, {3, 2, 2, 3, 2, 3, 3, 2, 2},
    };

    static final int[][] REPEATS = {
        {4, 4, 4, 4, 4, 4, 4, 4, 4},
        {4, 4, 3, 4, 4, 4, 4, 4, 3},
        {3, 4, 3, 4, 4, 3, 4, 4, 3},
        {1, 1, 1, 1, 1, 1, 1, 1, 1},
        {1, 2, 1, 1, 2, 1, 1, 1, 1},
    };

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        database.wipe();
    }

    void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    static void submit(String key, String device, int[] skm) {
        Map<String, Object> answers = new HashMap<>(Map.of("USIA", "25_34", "SARAN", "Saran " + key));
        for (int e = 0; e < 9; e++) {
            answers.put("U" + (e + 1), skm[e]);
        }
        json().header("Idempotency-Key", key)
                .header("X-Device-Id", device)
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);
    }

    void assertFits() {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) browser.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
    }

    /** A full-page screenshot at laptop width (1280 px), saved as target/screenshots/{name}.png. */
    void laptopScreenshot(String name) throws IOException {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        int height = (int) Math.min(Math.round(((Number) size.get("height")).doubleValue()), 8000);
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
        assertFits();
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.copy(shot.toPath(), Browser.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }

    /** IKM konversi from an exported CSV: the mean of each element over the rows, averaged, × 25. */
    static double ikmOf(String csv) {
        // no cell of this fixture holds a comma, a quote or a line break, so a split reads it
        List<List<String>> rows = csv.substring(1)
                .lines()
                .map(line -> List.of(line.split(",", -1)))
                .toList();
        List<String> header = rows.get(0);
        double ikm = 0;
        for (int e = 1; e <= 9; e++) {
            int column = header.indexOf("U" + e);
            double sum = 0;
            for (List<String> row : rows.subList(1, rows.size())) {
                sum += Double.parseDouble(row.get(column));
            }
            ikm += sum / (rows.size() - 1) / 9;
        }
        return ikm * 25;
    }

    static String twoDecimals(double value) {
        return String.format(Locale.forLanguageTag("id-ID"), "%,.2f", value);
    }

    void decide(WebElement form, String decision, String note) {
        form.findElement(By.cssSelector("input[name=keputusan][value=" + decision + "]"))
                .click();
        form.findElement(By.tagName("textarea")).sendKeys(note);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    void anOwnerReviewsFiveFlaggedResponsesAndTheIkmAgreesEverywhere() throws Exception {
        long questionnaireId = Surveys.publishedSkm();
        long program = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        for (int r = 0; r < CLEAN.length; r++) {
            submit("clean-" + r, "phone-" + r, CLEAN[r]);
        }
        for (int r = 0; r < REPEATS.length; r++) {
            submit("again-" + r, "phone-" + r, REPEATS[r]);
        }
        Staff.Login owner = Staff.owner("63.71", program);
        browser = Browser.phone();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        open("/dasbor/kuesioner/" + questionnaireId);
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("j_username")).sendKeys(owner.username());
        browser.findElement(By.id("j_password")).sendKeys(owner.password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/kuesioner/" + questionnaireId));

        assertThat(browser.findElement(By.id("perlu-tinjauan")).getText())
                .startsWith("5 jawaban ditandai menunggu tinjauan");
        browser.findElement(By.linkText("Tinjau sekarang")).click();
        wait.until(ExpectedConditions.urlContains("/tinjauan"));
        assertThat(browser.findElement(By.id("menunggu")).getText()).isEqualTo("5");
        assertThat(browser.findElements(By.cssSelector("li.flagged"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("li.flagged")).getText())
                .contains("Perangkat yang sama menjawab lagi")
                .contains("Menunggu tinjauan");
        assertFits();
        Browser.screenshot(browser, "review-list-phone");
        laptopScreenshot("review-list-laptop");

        // three ticked and counted at once
        List<WebElement> boxes = browser.findElements(By.cssSelector("li.flagged input[type=checkbox]"));
        for (WebElement box : boxes.subList(0, 3)) {
            box.click();
        }
        decide(browser.findElement(By.id("form-pilihan")), "COUNTED", "Keluarga memakai satu HP; jawaban wajar");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tersimpan")));
        assertThat(browser.findElement(By.id("tersimpan")).getText()).contains("3 jawaban dihitung");
        assertThat(browser.findElement(By.id("menunggu")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("dihitung")).getText()).isEqualTo("3");

        // one rejected from its own page, after reading its answers
        browser.findElement(By.cssSelector("li.flagged a[href*='/tinjauan/']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-satu")));
        assertThat(browser.findElement(By.cssSelector("table.answers")).getText())
                .contains("U1. Bagaimana pendapat Saudara")
                .contains("1 – Tidak sesuai")
                .doesNotContain("phone-");
        assertFits();
        Browser.screenshot(browser, "review-response-phone");
        laptopScreenshot("review-response-laptop");
        decide(browser.findElement(By.id("form-satu")), "REJECTED", "Semua jawaban 1, dikirim ulang dari HP yang sama");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tersimpan")));
        assertThat(browser.findElement(By.id("tersimpan")).getText()).contains("1 jawaban ditolak");

        // the last one by its reason
        browser.findElement(By.cssSelector("details.bulk summary")).click();
        decide(browser.findElement(By.id("form-alasan")), "REJECTED", "Sisa duplikat perangkat");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tersimpan")));
        assertThat(browser.findElement(By.id("menunggu")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("ditolak")).getText()).isEqualTo("2");
        Browser.screenshot(browser, "review-done-phone");

        // the dashboard, the default export and the evaluation API give the same IKM
        double expected = 0;
        List<int[]> counted = new java.util.ArrayList<>(List.of(CLEAN));
        counted.addAll(List.of(REPEATS[0], REPEATS[1], REPEATS[2]));
        for (int e = 0; e < 9; e++) {
            double sum = 0;
            for (int[] r : counted) {
                sum += r[e];
            }
            expected += sum / counted.size() / 9 * 25;
        }
        open("/dasbor/kuesioner/" + questionnaireId);
        String dashboard = browser.findElement(By.id("ikm")).getText();
        assertThat(browser.findElements(By.id("perlu-tinjauan"))).isEmpty();
        assertThat(browser.findElement(By.id("menunggu-tinjauan")).getText()).isEqualTo("0");
        Browser.screenshot(browser, "review-dashboard-after");

        Path downloads = Browser.downloadsInto(browser, "review");
        browser.findElement(By.id("unduh-csv")).click();
        Path csv = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        double evaluation = owner.json()
                .get("/api/v1/scores/programs/" + program)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getDouble("scores.ikm.konversi");

        assertThat(exported.lines().count()).isEqualTo(1 + counted.size());
        assertThat(dashboard).isEqualTo(twoDecimals(expected));
        assertThat(twoDecimals(ikmOf(exported))).isEqualTo(dashboard);
        assertThat(twoDecimals(evaluation)).isEqualTo(dashboard);
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(CLEAN.length + REPEATS.length);
        assertThat(database.count("select count(*) from audit_event where action = 'RESPONSES_REVIEWED' and actor = '"
                        + owner.username() + "'"))
                .isEqualTo(3);
    }
}
