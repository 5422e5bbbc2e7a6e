package id.suarawarga.web.staff.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A region's admin sets up a program and its questionnaire in a real browser, on a phone (360 px) and on a laptop
 * (1280 px): creates the program, builds the questionnaire from the SKM template, rewords a question, adds one,
 * previews the draft as a resident sees it, publishes it; a resident then gets the new wording at the link.
 */
@QuarkusTest
class ConsoleBrowserTest {

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

    @Test
    void anAdminSetsUpAProgramAndPublishesItsQuestionnaireOnAPhone() {
        setUpAYear(360, true, "Si Mantab", "si-mantab");
    }

    @Test
    void anAdminSetsUpAProgramAndPublishesItsQuestionnaireOnALaptop() {
        setUpAYear(1280, false, "Sampah Menjadi Energi", "sampah-menjadi-energi");
    }

    void setUpAYear(int width, boolean phone, String programName, String slug) {
        database.wipe();
        Api.createRegion("63.71");
        Staff.Login admin = Staff.regionAdmin("63.71");
        browser = Browser.phone();
        Browser.viewport(browser, width, phone);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String shot = "console-" + width + "-";

        open("/dasbor");
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("j_username")).sendKeys(admin.username());
        browser.findElement(By.id("j_password")).sendKeys(admin.password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor"));

        browser.findElement(By.linkText("Program & kuesioner")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/kelola/program"));
        browser.findElement(By.partialLinkText("Tambah program")).click();
        wait.until(ExpectedConditions.urlContains("/baru"));
        browser.findElement(By.id("name")).sendKeys(programName);
        browser.findElement(By.id("agency")).sendKeys("DPMPTSP Kota Banjarmasin");
        new Select(browser.findElement(By.id("subDimension"))).selectByVisibleText("Layanan Publik");
        // a mistake first: the page says what is wrong at the field and keeps everything typed
        browser.findElement(By.id("targetPopulation")).sendKeys("dua ribu");
        assertFits(width);
        Browser.screenshot(browser, shot + "01-program-form", width, phone);
        browser.findElement(By.cssSelector("form.edit button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("e-targetPopulation")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(programName);
        Browser.screenshot(browser, shot + "02-program-error", width, phone);
        browser.findElement(By.id("targetPopulation")).clear();
        browser.findElement(By.id("targetPopulation")).sendKeys("2000");
        browser.findElement(By.cssSelector("form.edit button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/dasbor/kelola/kuesioner/baru"));
        assertThat(browser.findElement(By.cssSelector("input[value='tpl:skm']")).isSelected())
                .isTrue();
        Browser.screenshot(browser, shot + "03-start", width, phone);
        browser.findElement(By.cssSelector("form.edit button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "draf"));
        assertFits(width);
        Browser.screenshot(browser, shot + "04-builder", width, phone);

        // reword U3
        WebElement u3 = browser.findElements(By.cssSelector("ol.qlist > li")).stream()
                .filter(li -> li.getText().contains("kecepatan waktu"))
                .findFirst()
                .orElseThrow();
        u3.findElement(By.linkText("Ubah")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("textId")));
        WebElement text = browser.findElement(By.id("textId"));
        text.clear();
        text.sendKeys("Seberapa cepat dokumen Saudara selesai?");
        WebElement english = browser.findElement(By.id("textEn"));
        english.clear();
        english.sendKeys("How quickly was your document ready?");
        assertFits(width);
        Browser.screenshot(browser, shot + "05-question-edit", width, phone);
        browser.findElement(By.id("simpan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.done"), "tersimpan"));

        // add a yes/no question
        new Select(browser.findElement(By.id("jenis"))).selectByValue("YES_NO");
        browser.findElement(By.xpath("//button[contains(., 'Tambah pertanyaan')]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("textId")));
        browser.findElement(By.id("textId")).sendKeys("Apakah dokumen diantar ke rumah tepat waktu?");
        browser.findElement(By.id("textEn")).sendKeys("Was the document delivered home on time?");
        Browser.screenshot(browser, shot + "06-question-add", width, phone);
        browser.findElement(By.id("simpan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.done"), "tersimpan"));
        assertThat(browser.findElements(By.cssSelector("ol.qlist > li"))).hasSize(16);

        // preview: the resident's page, marked, nothing sent
        browser.findElement(By.partialLinkText("Lihat pratinjau")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview")));
        assertThat(browser.findElement(By.id("l-U3")).getText()).contains("Seberapa cepat dokumen Saudara selesai?");
        assertThat(browser.findElement(By.cssSelector("form#survey button[type=submit]"))
                        .isEnabled())
                .isFalse();
        assertFits(width);
        Browser.screenshot(browser, shot + "07-preview", width, phone);
        browser.findElement(By.partialLinkText("Kembali ke penyusun")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));

        // publish
        browser.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Terbitkan')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "sedang berjalan"));
        assertFits(width);
        Browser.screenshot(browser, shot + "08-published", width, phone);

        open("/s/" + slug);
        assertThat(browser.findElement(By.id("l-U3")).getText()).contains("Seberapa cepat dokumen Saudara selesai?");
        assertThat(browser.findElement(By.cssSelector("form#survey button[type=submit]"))
                        .isEnabled())
                .isTrue();
        assertThat(browser.findElements(By.cssSelector(".preview"))).isEmpty();
        // the test's own set-up (the region and the admin's account) is audited too, and left out here
        assertThat(database.strings("select action from audit_event where action not like 'SIGN_%'"
                        + " and action not in ('STAFF_USER_CREATED', 'REGION_CREATED') order by id"))
                .containsExactly(
                        "PROGRAM_CREATED",
                        "QUESTIONNAIRE_CREATED",
                        "QUESTION_CHANGED",
                        "QUESTION_ADDED",
                        "QUESTIONNAIRE_PUBLISHED");
    }

    void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Nothing is wider than the window: the page never scrolls sideways. */
    void assertFits(int width) {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(width);
    }
}
