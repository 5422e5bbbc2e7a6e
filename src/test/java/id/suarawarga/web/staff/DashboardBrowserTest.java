package id.suarawarga.web.staff;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A program owner on a 360 px phone: signs in at /masuk, reads the overview and a questionnaire, searches the
 * comments, downloads the CSV export, signs out.
 */
@QuarkusTest
class DashboardBrowserTest {

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

    /** The whole file once the browser has finished writing it (a download lands under a temporary name first). */
    static String readFully(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Nothing is wider than the phone: the page never scrolls sideways. */
    void assertFitsThePhone() {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) browser.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
    }

    /** Every chart is drawn: visible, with a height, and within the phone's width. */
    void assertChartsVisible(int atLeast) {
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(atLeast);
        for (WebElement chart : charts) {
            assertThat(chart.isDisplayed()).isTrue();
            assertThat(chart.getRect().getHeight()).isGreaterThan(10);
            assertThat(chart.getRect().getX() + chart.getRect().getWidth()).isLessThanOrEqualTo(360);
        }
    }

    @Test
    void anOwnerSignsInOnAPhoneAndReadsTheirQuestionnaire() {
        long questionnaireId = Surveys.publishedSkm();
        long program = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        for (int i = 0; i < 12; i++) {
            Map<String, Object> answers = new java.util.HashMap<>(
                    Map.of("USIA", i % 2 == 0 ? "25_34" : "35_44", "SARAN", "Saran warga nomor " + i));
            for (int e = 1; e <= 9; e++) {
                answers.put("U" + e, 1 + (i + e) % 4);
            }
            json().header("Idempotency-Key", "b-" + i)
                    .header("X-Device-Id", "phone-" + i)
                    .body(Map.of("answers", answers))
                    .post("/api/v1/public/questionnaires/si-mantab/responses")
                    .then()
                    .statusCode(201);
        }
        Staff.Login owner = Staff.owner("63.71", program);
        browser = Browser.phone();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        open("/dasbor");
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("j_username")).sendKeys(owner.username());
        browser.findElement(By.id("j_password")).sendKeys(owner.password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Ringkasan program");
        assertThat(browser.findElement(By.cssSelector("article.program h4")).getText())
                .isEqualTo("Si Mantab");
        assertChartsVisible(1);
        assertFitsThePhone();
        Browser.screenshot(browser, "dashboard-overview");

        browser.findElement(By.linkText("Lihat kuesioner versi 1")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/kuesioner/" + questionnaireId));
        assertThat(browser.findElement(By.id("ikm")).getText()).matches("\\d+,\\d\\d");
        assertChartsVisible(12); // quota, elements, two trends, U1–U9 (profile counts are only in the "Profil" table)
        assertFitsThePhone();
        // the data behind a chart opens with a tap, no script needed
        WebElement details = browser.findElement(By.cssSelector("section[aria-labelledby=nilai] details"));
        details.findElement(By.tagName("summary")).click();
        assertThat(details.findElement(By.tagName("table")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "dashboard-questionnaire");

        browser.findElement(By.linkText("Baca dan cari komentar warga")).click();
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        search.sendKeys("nomor 1");
        browser.findElement(By.cssSelector("form.search button")).click();
        wait.until(ExpectedConditions.urlContains("q=nomor+1"));
        assertThat(browser.findElements(By.cssSelector("article.comment p.text")))
                .extracting(WebElement::getText)
                .containsExactly("Saran warga nomor 11", "Saran warga nomor 10", "Saran warga nomor 1");
        assertFitsThePhone();
        Browser.screenshot(browser, "dashboard-comments");

        // back on the questionnaire, the CSV export downloads with the session (anonymised, audited)
        java.nio.file.Path downloads = Browser.downloadsInto(browser, "owner");
        open("/dasbor/kuesioner/" + questionnaireId);
        browser.findElement(By.id("unduh-csv")).click();
        java.nio.file.Path csv = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try (var files = java.nio.file.Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String exported = readFully(csv);
        assertThat(exported.lines().count()).isEqualTo(13); // header + the 12 responses
        assertThat(exported)
                .contains("Saran warga nomor 11")
                .doesNotContain("phone-")
                .doesNotContain("b-11");
        assertThat(database.count("select count(*) from audit_event where action = 'EXPORT' and actor = '"
                        + owner.username() + "'"))
                .isEqualTo(1);

        browser.findElement(By.cssSelector("header form[action='/keluar'] button"))
                .click();
        wait.until(ExpectedConditions.urlContains("/masuk/keluar"));
        open("/dasbor");
        wait.until(ExpectedConditions.urlContains("/masuk"));
    }
}
