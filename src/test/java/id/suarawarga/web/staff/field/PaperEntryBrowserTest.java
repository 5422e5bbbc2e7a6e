package id.suarawarga.web.staff.field;

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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A program owner prints the paper version of the SKM questionnaire (A4, a response number box) and types a stack of
 * 20 sheets in by keyboard alone; a sheet typed a second time is caught, with the same answers and with others.
 */
@QuarkusTest
class PaperEntryBrowserTest {

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

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private void signIn(Staff.Login login) {
        open("/masuk");
        browser.findElement(By.id("j_username")).sendKeys(login.username());
        browser.findElement(By.id("j_password")).sendKeys(login.password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/dasbor"));
    }

    /** A full-page screenshot at an office screen's width, 1280 CSS pixels. */
    private void wideScreenshot(String name) {
        try {
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            1280,
                            "height",
                            Math.min(height.intValue(), 6000),
                            "deviceScaleFactor",
                            1,
                            "mobile",
                            false));
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.copy(shot.toPath(), Browser.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page as printed, at A4's width in CSS pixels, with the print style sheet applied. */
    private void printScreenshot(String name) {
        try {
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            794,
                            "height",
                            Math.min(height.intValue() + 400, 6000),
                            "deviceScaleFactor",
                            1,
                            "mobile",
                            false));
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Browser.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What sheet {@code n} of the stack says, as the printed numbers typed for each question in order. */
    private static List<String> sheet(int n) {
        List<String> typed = new ArrayList<>();
        typed.add(String.valueOf(2 + n % 5)); // USIA: 18-24 … 65+ (never 1, "under 18")
        typed.add(n % 2 == 0 ? "1" : "2"); // JENIS_KELAMIN
        typed.add(n % 3 == 0 ? "" : "3"); // PENDIDIKAN, sometimes left empty on the sheet
        typed.add(""); // PEKERJAAN
        typed.add(""); // LAYANAN
        for (int e = 1; e <= 9; e++) {
            typed.add(String.valueOf(1 + (n + e) % 4));
        }
        typed.add(n % 4 == 0 ? "Antrean panjang lembar " + n : "");
        return typed;
    }

    /** Types a sheet's answers from the focused first question on, Tab between them, Enter to save. */
    private void typeSheet(List<String> typed) {
        WebElement page = browser.findElement(By.tagName("html"));
        Actions keys = new Actions(browser);
        for (int i = 0; i < typed.size(); i++) {
            keys.sendKeys(typed.get(i));
            keys.sendKeys(i == typed.size() - 1 ? Keys.ENTER : Keys.TAB);
        }
        keys.perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(Browser.pageReplaced(page));
    }

    /** From question 1, Shift+Tab back to the sheet number, replace it, Tab on to question 1. */
    private void backToSheetNumber(String sheet) {
        new Actions(browser)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(sheet, Keys.TAB)
                .perform();
    }

    private String message() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")))
                .getText();
    }

    @Test
    void twentySheetsAreTypedInByKeyboardAloneAndASheetTypedTwiceIsCaught() throws Exception {
        long questionnaireId = Surveys.publishedSkm();
        long program = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        browser = Browser.phone();
        signIn(Staff.owner("63.71", program));

        // the paper version: A4, a response number box, the options numbered as the entry screen asks for them
        open("/dasbor/kuesioner/" + questionnaireId + "/kertas");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Survei Kepuasan Masyarakat");
        assertThat(browser.findElement(By.cssSelector(".numbox")).getText()).contains("No. lembar", "Batch");
        assertThat(browser.findElements(By.cssSelector("section.pq"))).hasSize(15);
        assertThat(browser.findElements(By.cssSelector("section.pq")).get(5).getText())
                .contains("1 Tidak sesuai", "4 Sangat sesuai");
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        Browser.screenshot(browser, "paper-01-form-phone");
        wideScreenshot("paper-02-form-1280");
        Map<String, Object> pdf = browser.executeCdpCommand(
                "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(Browser.SCREENSHOTS.resolve("paper-form-a4.pdf"), bytes);
        String pdfText = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher box =
                Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)").matcher(pdfText);
        assertThat(box.find()).as("the PDF names its page size").isTrue();
        assertThat(Double.parseDouble(box.group(1))).as("A4 width in points").isCloseTo(595.0, within(1.0));
        assertThat(Double.parseDouble(box.group(2))).as("A4 height in points").isCloseTo(842.0, within(1.0));
        assertThat(Pattern.compile("/Type\\s*/Page[^s]")
                        .matcher(pdfText)
                        .results()
                        .count())
                .as("the questionnaire fits on at most two A4 pages")
                .isBetween(1L, 2L);

        // what the printer gets: the print style sheet at A4's width (210 mm = 794 CSS px), no dashboard header
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector("header.bar")).isDisplayed())
                .isFalse();
        printScreenshot("paper-03-form-as-printed");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // the stack: the cursor starts in Batch; Enter saves a sheet and opens the next number, cursor on question 1
        open("/dasbor/kuesioner/" + questionnaireId + "/entri-kertas");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("batch");
        new Actions(browser)
                .sendKeys("pasar-kamis", Keys.TAB)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys("1", Keys.TAB)
                .perform();
        typeSheet(sheet(1));
        assertThat(message()).isEqualTo("Lembar 1 tersimpan.");
        for (int n = 2; n <= 20; n++) {
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("a-USIA");
            assertThat(browser.findElement(By.id("lembar")).getAttribute("value"))
                    .isEqualTo(String.valueOf(n));
            typeSheet(sheet(n));
            assertThat(message()).isEqualTo("Lembar " + n + " tersimpan.");
        }
        Browser.screenshot(browser, "paper-04-entry-phone");
        wideScreenshot("paper-05-entry-1280");
        assertThat(database.count("select count(*) from survey_response where channel = 'PAPER'"))
                .isEqualTo(20);
        assertThat(database.count("select count(*) from survey_response where channel = 'PAPER'"
                        + " and submission_key = 'paper:pasar-kamis:8' and answers ->> 'SARAN' = 'Antrean panjang lembar 8'"
                        + " and answers ->> 'USIA' = '45_54' and answers ->> 'U1' = '2'"))
                .as("sheet 8 as typed: USIA 5 = 45-54, U1 = 1 + 9 mod 4")
                .isEqualTo(1);
        assertThat(database.count("select count(*) from audit_event where action = 'PAPER_SHEET_ENTERED'"))
                .isEqualTo(20);

        // sheet 5 again, by mistake: the same answers are recognised, other answers refused; nothing new is stored
        backToSheetNumber("5");
        typeSheet(sheet(5));
        assertThat(message())
                .isEqualTo("Lembar 5 sudah pernah diketik dengan jawaban yang sama: tidak disimpan dua kali.");
        backToSheetNumber("5");
        typeSheet(sheet(6));
        assertThat(message())
                .startsWith("Lembar 5 batch pasar-kamis sudah diketik sebelumnya dengan jawaban lain; tidak disimpan.");
        assertThat(browser.findElement(By.id("a-U1")).getAttribute("value"))
                .as("what was typed is kept")
                .isEqualTo(sheet(6).get(5));
        Browser.screenshot(browser, "paper-06-sheet-typed-twice");
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(20);

        // a number that is no option on the sheet: told which question, nothing stored
        open("/dasbor/kuesioner/" + questionnaireId + "/entri-kertas?batch=pasar-kamis&lembar=21");
        List<String> wrong = sheet(21);
        wrong.set(5, "7");
        typeSheet(wrong);
        assertThat(message()).isEqualTo("Lembar 21 belum tersimpan: periksa pertanyaan yang ditandai.");
        assertThat(browser.findElement(By.cssSelector("li.invalid label")).getText())
                .startsWith("6.");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("a-U1");
        assertThat(browser.findElement(By.id("a-U1")).getAttribute("value")).isEqualTo("7");
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(20);
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
