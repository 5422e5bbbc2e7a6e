package id.suarawarga.web.staff.followup;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.publication.PublicResultsFixture;
import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A program owner on a phone adds a follow-up action for the weakest element (a first try with fields missing comes
 * back with what was typed and a message at each field), later marks it done with its result, and withdraws and
 * republishes the results from the questionnaire's page; the plan shows on the dashboard, in the printed report and
 * on the public page. The pages are also looked at 1280 px wide.
 */
@QuarkusTest
class FollowUpBrowserTest {

    /** U3 clearly weakest. */
    static final int[][] ANSWERS = {
        {3, 3, 1, 4, 3, 3, 4, 3, 3}, {4, 4, 2, 4, 4, 4, 4, 3, 3}, {3, 3, 1, 3, 3, 3, 3, 3, 2},
        {3, 3, 2, 4, 3, 4, 4, 3, 3}, {4, 3, 1, 4, 3, 3, 3, 3, 3}, {3, 2, 2, 3, 2, 3, 3, 2, 2},
    };

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    ChromeDriver browser;
    WebDriverWait wait;

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

    void assertFits() {
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
    }

    /** Every link, button and form control shown is at least 44 px tall (the staff pages' target size). */
    void assertTapTargets(String selector) {
        for (WebElement e : browser.findElements(By.cssSelector(selector))) {
            if (e.isDisplayed()) {
                assertThat(e.getRect().getHeight()).as(e.getText()).isGreaterThanOrEqualTo(44);
            }
        }
    }

    void shots(String name) {
        Browser.screenshot(browser, name + "-phone", 360);
        Browser.screenshot(browser, name + "-laptop", 1280);
        Browser.viewport(browser, 360, true);
    }

    /** A screenshot of the page's part from {@code first} to the end of {@code last}, as a person would see it. */
    void section(String name, String first) {
        try {
            WebElement from = browser.findElement(By.id(first));
            browser.executeScript("arguments[0].scrollIntoView()", from);
            java.io.File shot = browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
            java.nio.file.Files.copy(
                    shot.toPath(),
                    Browser.SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOwnerPlansAndCompletesAnActionForTheWeakestElement() {
        long questionnaire = PublicResultsFixture.published("63.71", "Si Mantab");
        long program = json().get("/api/v1/questionnaires/" + questionnaire)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        for (int r = 0; r < ANSWERS.length; r++) {
            PublicResultsFixture.submit("si-mantab", "r" + r, ANSWERS[r], 3);
        }
        Staff.Login owner = Staff.owner("63.71", program);
        browser = Browser.phone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        open("/dasbor/kuesioner/" + questionnaire);
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("j_username")).sendKeys(owner.username());
        browser.findElement(By.id("j_password")).sendKeys(owner.password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/kuesioner/" + questionnaire));

        // the questionnaire's page: no plan yet, results public by default
        assertThat(browser.findElement(By.id("tindak-lanjut-kosong")).getText()).contains("Belum ada rencana");
        assertThat(browser.findElement(By.id("status-publikasi")).getText()).startsWith("Diumumkan");
        browser.findElement(By.id("kelola-tindak-lanjut")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terlemah")));
        assertThat(browser.findElement(By.cssSelector("#terlemah li")).getText())
                .startsWith("U3 Waktu Penyelesaian");
        assertFits();
        shots("followup-01-plan-empty");

        // a first try with the action and the unit missing keeps what was typed
        browser.findElement(By.id("tambah")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action")));
        assertThat(browser.findElement(By.cssSelector("input[name=elements][value=U3]"))
                        .isSelected())
                .as("the weakest element is ticked")
                .isTrue();
        browser.findElement(By.id("dueDate")).sendKeys("2024-11-30");
        browser.findElement(By.id("simpan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ringkasan-galat")));
        assertThat(browser.findElement(By.id("e-action")).getText()).isEqualTo("Tulis apa yang akan dilakukan.");
        assertThat(browser.findElement(By.id("e-responsible")).getText()).contains("unit kerja atau jabatan");
        assertThat(browser.findElement(By.id("dueDate")).getAttribute("value")).isEqualTo("2024-11-30");
        assertThat(browser.findElement(By.cssSelector("input[name=elements][value=U3]"))
                        .isSelected())
                .isTrue();
        assertThat(database.count("select count(*) from follow_up_action")).isZero();
        assertFits();
        assertTapTargets("form.edit button, form.edit input[type=text], form.edit textarea, form.edit label.check");
        shots("followup-02-form-errors");

        browser.findElement(By.id("action")).sendKeys("Menambah satu loket pengambilan dokumen pada jam sibuk");
        browser.findElement(By.id("responsible")).sendKeys("Bidang Pelayanan DPMPTSP");
        browser.findElement(By.id("simpan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tersimpan")));
        assertThat(browser.findElement(By.id("tindakan")).getText())
                .contains("Direncanakan")
                .contains("Menambah satu loket")
                .contains("U3 Waktu Penyelesaian")
                .contains("30 November 2024");
        shots("followup-03-plan-one");

        // done: a result is required, then saved
        browser.findElement(By.cssSelector("#tindakan a.btn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        browser.findElement(By.cssSelector("input[name=status][value=DONE]")).click();
        browser.findElement(By.id("simpan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("e-result")));
        assertThat(browser.findElement(By.id("action")).getAttribute("value")).startsWith("Menambah satu loket");
        browser.findElement(By.id("result")).sendKeys("Waktu tunggu turun dari 45 menjadi 20 menit");
        browser.findElement(By.id("simpan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tersimpan")));
        assertThat(browser.findElement(By.id("tindakan")).getText())
                .contains("Selesai")
                .contains("Hasil: Waktu tunggu turun dari 45 menjadi 20 menit");
        assertThat(database.strings("select action from audit_event where action like 'FOLLOW_UP%' order by id"))
                .containsExactly("FOLLOW_UP_ADDED", "FOLLOW_UP_CHANGED");

        // the dashboard, the printed report and the public page show it
        open("/dasbor/kuesioner/" + questionnaire);
        assertThat(browser.findElement(By.id("tindak-lanjut-daftar")).getText())
                .contains("Selesai")
                .contains("Menambah satu loket");
        assertFits();
        section("followup-05-dashboard-block-phone", "tindak-lanjut");
        open("/dasbor/kuesioner/" + questionnaire + "/laporan");
        Browser.screenshot(browser, "followup-06-report-laptop", 1280);
        assertThat(browser.findElement(By.id("follow-up")).getText())
                .contains("U3 Waktu Penyelesaian")
                .contains("Bidang Pelayanan DPMPTSP")
                .contains("30 November 2024")
                .contains("Selesai")
                .contains("Waktu tunggu turun");
        open("/hasil/program/si-mantab");
        assertThat(browser.findElement(By.id("tindak-lanjut")).getText()).contains("Menambah satu loket");

        // withdrawn from the questionnaire's page, the public page is gone; published again, it is back
        open("/dasbor/kuesioner/" + questionnaire);
        browser.findElement(By.cssSelector("#form-publikasi button")).click();
        wait.until(ExpectedConditions.urlContains("publikasi=tersimpan"));
        assertThat(browser.findElement(By.id("status-publikasi")).getText()).startsWith("Tidak diumumkan");
        section("followup-04-dashboard-withdrawn-phone", "tindak-lanjut");
        open("/hasil/program/si-mantab");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hasil tidak ditemukan");
        open("/dasbor/kuesioner/" + questionnaire);
        browser.findElement(By.cssSelector("#form-publikasi button")).click();
        wait.until(ExpectedConditions.urlContains("publikasi=tersimpan"));
        assertThat(browser.findElement(By.id("status-publikasi")).getText()).startsWith("Diumumkan");
        assertThat(database.strings("select detail::text from audit_event where action = 'RESULTS_PUBLICATION_CHANGED'"
                        + " order by id"))
                .hasSize(2);

        // the audit log says it in words
        List<String> seen = database.strings("select actor from audit_event where action like 'FOLLOW_UP%'");
        assertThat(seen).containsOnly(owner.username());
    }
}
