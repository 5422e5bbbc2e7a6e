package id.suarawarga.web.staff.importing;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.ImportFiles;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A program owner imports a Google Forms export from the questionnaire's page: upload → the suggested mapping (one
 * answer text matched by hand) → a dry run that names the bad rows and stores nothing → import → the result; the
 * same file again stores nothing new. On a phone (360 px) and an office screen (1280 px), with screenshots.
 */
@QuarkusTest
class ImportBrowserTest {

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

    private void click(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(Browser.pageReplaced(page));
    }

    private boolean fitsTheWidth() {
        return (Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    @Test
    void uploadMapDryRunAndImportOnAPhoneAndAnOfficeScreen() throws Exception {
        run(360, "phone");
    }

    @Test
    void theSameFlowAtAnOfficeScreensWidth() throws Exception {
        run(1280, "1280");
    }

    private void run(int width, String suffix) throws Exception {
        long questionnaire = Surveys.publishedSkm();
        long program = json().get("/api/v1/questionnaires/" + questionnaire)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        // 40 rows; rows 5 and 9 empty a required answer, row 12 answers U3 "Lumayan" (matched by hand below)
        List<List<String>> rows = ImportFiles.rows(40, Set.of(5, 9));
        rows.get(10).set(6, "Lumayan");
        Path file = Files.createTempFile("gform-", ".xlsx");
        Files.write(file, ImportFiles.xlsx(ImportFiles.HEADERS, rows));

        browser = Browser.sized(width);
        signIn(Staff.owner("63.71", program));
        open("/dasbor/kuesioner/" + questionnaire);
        click(By.id("impor"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Impor jawaban dari berkas");
        assertThat(fitsTheWidth()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".steps li[aria-current]"))
                        .getCssValue("background-color"))
                .as("the page's own style block is allowed by the Content-Security-Policy")
                .isEqualTo("rgba(10, 74, 130, 1)");
        Browser.screenshot(browser, "import-01-upload-" + suffix, width);

        // no file chosen: the browser asks first (required); a file that is not a table is refused in words
        Path notATable = Files.createTempFile("foto-", ".xlsx");
        Files.write(notATable, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        browser.findElement(By.id("berkas")).sendKeys(notATable.toString());
        click(By.cssSelector("form.edit button[type=submit]"));
        assertThat(browser.findElement(By.id("galat")).getText()).startsWith("Berkas Excel ini tidak dapat dibaca.");
        browser.findElement(By.id("berkas")).sendKeys(file.toString());
        click(By.cssSelector("form.edit button[type=submit]"));

        // the mapping: suggestions chosen, the e-mail column left out, "Lumayan" not matched yet
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Cocokkan kolom");
        assertThat(new Select(browser.findElement(By.id("k-2")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEmpty();
        assertThat(new Select(browser.findElement(By.id("k-5")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("U1");
        assertThat(new Select(browser.findElement(By.id("k-6")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("U2");
        WebElement lumayan = browser.findElements(By.cssSelector("#kolom-7 table.answers tr")).stream()
                .filter(tr -> tr.getText().startsWith("Lumayan"))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("select"));
        assertThat(new Select(lumayan).getFirstSelectedOption().getAttribute("value"))
                .isEmpty();
        assertThat(fitsTheWidth()).isTrue();
        Browser.screenshot(browser, "import-02-mapping-" + suffix, width);

        // a question mapped twice is said at the column, with every choice kept
        new Select(browser.findElement(By.id("k-6"))).selectByValue("U1");
        click(By.cssSelector("button[value=uji]"));
        assertThat(browser.findElement(By.id("galat")).getText())
                .contains("Pertanyaan U1 dipetakan ke dua kolom; pilih satu.");
        assertThat(browser.findElement(By.id("e-6")).getText()).contains("dua kolom");
        Browser.screenshot(browser, "import-03-mapping-error-" + suffix, width);
        new Select(browser.findElement(By.id("k-6"))).selectByValue("U2");
        click(By.cssSelector("button[value=perbarui]"));
        lumayan = browser.findElements(By.cssSelector("#kolom-7 table.answers tr")).stream()
                .filter(tr -> tr.getText().startsWith("Lumayan"))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("select"));
        new Select(lumayan).selectByValue("3");
        browser.findElement(By.id("label")).sendKeys("gform-maret");

        // the dry run: rows 5 and 9 named, nothing stored
        click(By.cssSelector("button[value=uji]"));
        assertThat(browser.findElement(By.id("siap")).getText()).isEqualTo("38");
        assertThat(browser.findElement(By.id("bermasalah")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("#masalah tbody tr")).stream()
                        .map(tr -> tr.findElement(By.cssSelector("td.row")).getText())
                        .toList())
                .containsExactly("5", "9");
        assertThat(browser.findElement(By.id("masalah")).getText()).contains("wajib dijawab, tetapi selnya kosong");
        assertThat(database.count("select count(*) from survey_response")).isZero();
        assertThat(fitsTheWidth()).isTrue();
        Browser.screenshot(browser, "import-04-dry-run-" + suffix, width);

        click(By.id("impor"));
        assertThat(browser.findElement(By.id("disimpan")).getText()).isEqualTo("38");
        assertThat(browser.findElement(By.id("ditolak")).getText()).isEqualTo("2");
        assertThat(database.count("select count(*) from survey_response where channel = 'IMPORT'"
                        + " and source_tag = 'gform-maret'"))
                .isEqualTo(38);
        assertThat(database.count("select count(*) from survey_response where answers ->> 'U3' = '3'"
                        + " and answers ->> 'SARAN' is null and submission_key like 'import:%'"))
                .as("row 12's \"Lumayan\", matched by hand to 3, among the others that are 3")
                .isGreaterThanOrEqualTo(1);
        Browser.screenshot(browser, "import-05-done-" + suffix, width);

        // the same file again: recognised row by row, nothing new stored
        open("/dasbor/kuesioner/" + questionnaire + "/impor");
        browser.findElement(By.id("berkas")).sendKeys(file.toString());
        click(By.cssSelector("form.edit button[type=submit]"));
        lumayan = browser.findElements(By.cssSelector("#kolom-7 table.answers tr")).stream()
                .filter(tr -> tr.getText().startsWith("Lumayan"))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("select"));
        new Select(lumayan).selectByValue("3");
        click(By.cssSelector("button[value=uji]"));
        click(By.id("impor"));
        assertThat(browser.findElement(By.id("disimpan")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("sudah")).getText()).isEqualTo("38");
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(38);
        assertThat(database.count("select count(*) from audit_event where action = 'RESPONSES_IMPORTED'"))
                .isEqualTo(2);
        Browser.screenshot(browser, "import-06-again-" + suffix, width);
    }
}
