package id.suarawarga.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
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
 * Issue #18 in a real chromium at 360 px: two people on one phone both count, a kiosk enrolled by staff takes three
 * residents in a row, a correction sent 2 s after the error is not flagged, the English switch keeps the answers, Back
 * after sending shows "sent", and the demo form's first question is within two screens at 320 px with 200 % text.
 */
@QuarkusTest
class EveryResidentCountsBrowserTest {

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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void choose(String code, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='q." + code + "'][value='" + value + "']"));
        browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
        assertThat(input.isSelected()).as(code + "=" + value).isTrue();
    }

    /** Answers every required SKM question; {@code u1} lets two residents' answers differ. */
    private void answer(String u1, boolean skipU9) {
        choose("USIA", "35_44");
        choose("U1", u1);
        for (int i = 2; i <= 9; i++) {
            if (i != 9 || !skipU9) {
                choose("U" + i, "3");
            }
        }
    }

    private void submit() {
        browser.findElement(By.cssSelector("form#survey button[type=submit]")).click();
    }

    /** A person takes a few seconds over a form: wait until the minimum fill time (5 s) has passed since it opened. */
    private static void readingTime() {
        pause(5500);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void twoPeopleAnswerOnOnePhoneAndBothCount() {
        Surveys.publishedSkm();
        browser = Browser.phone();
        browser.get(base + "s/si-mantab");
        answer("3", false);
        readingTime();
        submit();
        waiting().until(ExpectedConditions.urlContains("/terima-kasih"));
        Browser.screenshot(browser, "18-shared-01-thanks");

        // the second person opens the link on the same phone: asked plainly first
        browser.get(base + "s/si-mantab");
        assertThat(h1()).isEqualTo("Jawaban sudah terkirim");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("HP ini sudah dipakai mengisi survei ini. Apakah Anda orang yang berbeda?");
        WebElement yes = browser.findElement(By.id("next"));
        assertThat(yes.getSize().getHeight()).as("a 48 px target").isGreaterThanOrEqualTo(48);
        Browser.screenshot(browser, "18-shared-02-question");
        yes.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey")));
        assertThat(browser.findElement(By.cssSelector("p.msg")).getText()).contains("orang yang berbeda");
        answer("1", false);
        readingTime();
        Browser.screenshot(browser, "18-shared-03-second-person");
        submit();
        waiting().until(ExpectedConditions.urlContains("/terima-kasih"));

        assertThat(database.count("select count(*) from survey_response where not flagged and channel = 'WEB'"))
                .isEqualTo(2);
        assertThat(database.count(
                        "select count(*) from survey_response where other_person_declared and answers ->> 'U1' = '1'"))
                .isEqualTo(1);
    }

    @Test
    void aKioskEnrolledByStaffTakesThreeResidentsInARowResettingItself() {
        long questionnaire = Surveys.publishedSkm();
        Staff.Login admin = Staff.regionAdmin("63.71");
        browser = Browser.phone();
        browser.get(base + "dasbor/kuesioner/" + questionnaire);
        waiting().until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("j_username")).sendKeys(admin.username());
        browser.findElement(By.id("j_password")).sendKeys(admin.password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/dasbor/kuesioner/" + questionnaire));
        WebElement enrol = browser.findElement(By.cssSelector("form#kiosk button"));
        assertThat(enrol.getText()).isEqualTo("Jadikan perangkat ini kiosk survei");
        Browser.screenshot(browser, "18-kiosk-01-staff-page");
        // the staff page on a laptop too (the section at the end of the page)
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        browser.executeScript("document.getElementById('kiosk').scrollIntoView()");
        viewportShot("18-kiosk-01-staff-page-1280");
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        enrol.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey")));
        assertThat(browser.getCurrentUrl()).endsWith("/s/si-mantab");
        assertThat(browser.findElement(By.id("survey")).getAttribute("data-idle"))
                .as("the form empties itself after idle time")
                .isEqualTo("120");
        Browser.screenshot(browser, "18-kiosk-02-form");

        for (int resident = 1; resident <= 3; resident++) {
            answer(String.valueOf(resident), false);
            readingTime();
            submit();
            waiting().until(ExpectedConditions.urlContains("/terima-kasih"));
            assertThat(h1()).isEqualTo("Terima kasih!");
            if (resident == 1) {
                Browser.screenshot(browser, "18-kiosk-03-thanks");
                browser.findElement(By.id("next")).click(); // "Responden berikutnya"
            }
            if (resident == 2) {
                // nobody taps: the page goes back to an empty form by itself
                new WebDriverWait(browser, Duration.ofSeconds(25))
                        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/terima-kasih")));
            }
            if (resident < 3) {
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey")));
                assertThat(browser.findElements(By.cssSelector("input:checked")))
                        .as("an empty form for the next resident")
                        .isEmpty();
            }
        }

        assertThat(database.count("select count(*) from survey_response where channel = 'KIOSK' and not flagged"))
                .isEqualTo(3);
        assertThat(database.count("select count(distinct answers ->> 'U1') from survey_response"))
                .isEqualTo(3);
        assertThat(database.count("select count(*) from audit_event where action = 'KIOSK_ENROLLED'"
                        + " and target = 'questionnaire:" + questionnaire + "'"))
                .isEqualTo(1);
        // the tablet was signed out of the staff account when it became a kiosk
        browser.get(base + "dasbor");
        waiting().until(ExpectedConditions.urlContains("/masuk"));
    }

    @Test
    void aCorrectionTwoSecondsAfterTheErrorIsNotFlagged() {
        Surveys.publishedSkm();
        browser = Browser.phone();
        browser.get(base + "s/si-mantab");
        answer("3", true); // missed U9, near the end
        readingTime();
        submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        long shown = System.nanoTime();
        choose("U9", "4");
        pause(Math.max(0, 2000 - (System.nanoTime() - shown) / 1_000_000));
        submit();
        waiting().until(ExpectedConditions.urlContains("/terima-kasih"));

        assertThat(database.count("select count(*) from survey_response where not flagged and answers ->> 'U9' = '4'"))
                .isEqualTo(1);
        // Back from the thank-you page: the corrected form is not offered again, nor a resubmission
        browser.navigate().back();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Jawaban sudah terkirim"));
    }

    @Test
    void theEnglishSwitchKeepsTheAnswers() {
        Surveys.publishedSkm();
        browser = Browser.phone();
        browser.get(base + "s/si-mantab");
        choose("USIA", "25_34");
        choose("U1", "2");
        choose("U4", "4");
        choose("JENIS_KELAMIN", "P");
        browser.findElement(By.name("q.SARAN")).sendKeys("Antrean pagi panjang");
        WebElement english = browser.findElement(By.cssSelector("button[name=switch]"));
        assertThat(english.getText()).isEqualTo("English");
        assertThat(english.getSize().getHeight()).as("48 px tall").isGreaterThanOrEqualTo(48);
        assertThat(english.getSize().getWidth()).as("48 px wide").isGreaterThanOrEqualTo(48);
        Browser.screenshot(browser, "18-lang-01-before");
        english.click();

        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Public Satisfaction Survey: Si Mantab"));
        assertThat(browser.findElements(By.cssSelector("input:checked"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector("input[name='q.U1'][value='2']"))
                        .isSelected())
                .isTrue();
        assertThat(browser.findElement(By.name("q.SARAN")).getAttribute("value"))
                .isEqualTo("Antrean pagi panjang");
        assertThat(browser.findElements(By.id("errors"))).isEmpty();
        Browser.screenshot(browser, "18-lang-02-english");

        // and back again, then sent: still one response
        browser.findElement(By.cssSelector("button[name=switch]")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Survei Kepuasan Masyarakat: Si Mantab"));
        answer("2", false);
        readingTime();
        submit();
        waiting().until(ExpectedConditions.urlContains("/terima-kasih"));
        assertThat(database.count("select count(*) from survey_response where not flagged and answers ->> 'SARAN'"
                        + " = 'Antrean pagi panjang'"))
                .isEqualTo(1);
    }

    @Test
    void backAfterSubmitShowsTheSentState() {
        Surveys.publishedSkm();
        browser = Browser.phone();
        browser.get(base + "s/si-mantab");
        answer("4", false);
        readingTime();
        submit();
        waiting().until(ExpectedConditions.urlContains("/terima-kasih"));
        browser.navigate().back();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Jawaban sudah terkirim"));
        assertThat(browser.findElements(By.id("survey")))
                .as("no live-looking form")
                .isEmpty();
        Browser.screenshot(browser, "18-back-after-submit");
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(1);
    }

    @Test
    void theDemoFormShowsItsFirstQuestionWithinTwoScreensAt320pxWith200PercentText() {
        long program = Api.createProgram("63.71", "Si Mantab");
        long id = Api.json()
                .body(Map.of("programId", program, "templates", List.of("skm", "manfaat-program")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(id);
        browser = Browser.phone();
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 568, "deviceScaleFactor", 2, "mobile", true));
        browser.get(base + "s/si-mantab");
        // an older phone's "large text" setting: the root font size doubles, and every size here is in rem
        browser.executeScript("document.documentElement.style.fontSize = '200%'");
        viewportShot("18-demo-320-200pct-first-screen");
        Number firstQuestion = (Number) browser.executeScript(
                "return document.querySelector('fieldset.q').getBoundingClientRect().top + scrollY");
        Number screen = (Number) browser.executeScript("return innerHeight");
        assertThat(firstQuestion.doubleValue() / screen.doubleValue())
                .as("screens above the first question")
                .isLessThan(2.0);
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= innerWidth + 1"))
                .isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("textarea")))
                .as("one comment box")
                .hasSize(1);
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 1136, "deviceScaleFactor", 1, "mobile", true));
        viewportShot("18-demo-320-200pct-two-screens");
    }

    /** Saves what is on the screen now (not the whole page) as {@code target/screenshots/{name}.png}. */
    private void viewportShot(String name) {
        try {
            java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
            java.nio.file.Files.write(
                    Browser.SCREENSHOTS.resolve(name + ".png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
