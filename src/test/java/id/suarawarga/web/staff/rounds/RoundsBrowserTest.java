package id.suarawarga.web.staff.rounds;

import static id.suarawarga.support.Api.json;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #20's rounds and evidence pack in a real browser at 360 px and 1280 px: the region's admin adds a round (a
 * wrong one first: the form comes back with what was typed and the reason), picks it on the dashboard, where only
 * its responses count, and opens the evidence pack of that round. Screenshots under
 * target/screenshots/rounds-{width}-*.png.
 */
@QuarkusTest
class RoundsBrowserTest {

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

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void theRegionsAdminAddsARoundAndReadsItsScoresAndEvidence(int width) {
        String shot = "rounds-" + width + "-";
        long program = Api.createProgram("63.71", "Si Mantab");
        long questionnaire = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(questionnaire);
        String slug = json().get("/api/v1/programs/" + program)
                .then()
                .extract()
                .jsonPath()
                .getString("slug");
        for (int i = 0; i < 5; i++) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("USIA", "25_34");
            for (int u = 1; u <= 9; u++) {
                answers.put("U" + u, i < 2 ? 4 : 2);
            }
            json().header("Idempotency-Key", "k" + i)
                    .body(Map.of("answers", answers))
                    .post("/api/v1/public/questionnaires/" + slug + "/responses")
                    .then()
                    .statusCode(201);
        }
        // two responses in April (all 4s), three in August (all 2s)
        database.execute("update survey_response set submitted_at = '2024-08-10 10:00+08'");
        database.execute("update survey_response set submitted_at = '2024-04-10 10:00+08' where id in"
                + " (select id from survey_response order by id limit 2)");
        Staff.Login admin = Staff.regionAdmin("63.71");

        browser = Browser.sized(width);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        open("/dasbor");
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("j_username")).sendKeys(admin.username());
        browser.findElement(By.id("j_password")).sendKeys(admin.password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor"));
        open("/dasbor?tahun=2024");
        browser.findElement(By.linkText("Atur tahap evaluasi")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/tahap/63.71"));

        // a round whose last day comes before its first: refused, the typing kept
        fill("Tahap 1", "2024", "2024-06-30", "2024-03-01");
        browser.findElement(By.id("tambah-tahap")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kesalahan")));
        assertThat(browser.findElement(By.id("endsOn-err")).getText())
                .isEqualTo("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Tahap 1");
        assertThat(browser.findElement(By.id("startsOn")).getAttribute("value")).isEqualTo("2024-06-30");
        assertFits(width);
        Browser.screenshot(browser, shot + "1-form-error", width);
        assertThat(database.count("select count(*) from evaluation_round")).isZero();

        fill("Tahap 1", "2024", "2024-03-01", "2024-06-30");
        browser.findElement(By.id("tambah-tahap")).click();
        wait.until(ExpectedConditions.urlContains("disimpan=1"));
        fill("Tahap 2", "2024", "2024-07-01", "2024-10-31");
        browser.findElement(By.id("tambah-tahap")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.plain"), "Tahap 2"));
        assertThat(browser.findElements(By.cssSelector("li.round")))
                .extracting(e -> e.findElement(By.tagName("strong")).getText())
                .containsExactly("Tahap 1", "Tahap 2");
        assertThat(browser.findElement(By.cssSelector("li.round .muted")).getText())
                .contains("1 Mar 2024 – 30 Jun 2024");
        assertFits(width);
        Browser.screenshot(browser, shot + "2-rounds", width);

        // the dashboard per round: only the round's two responses count
        open("/dasbor?tahun=2024");
        browser.findElement(By.id("pilih-tahap"))
                .findElement(By.linkText("Tahap 1"))
                .click();
        wait.until(ExpectedConditions.urlContains("tahap="));
        assertThat(browser.findElement(By.cssSelector("p.note[role=status]")).getText())
                .contains("Tahap 1");
        assertThat(browser.findElement(By.cssSelector("article.program")).getText())
                .contains("2 jawaban")
                .contains("100,00");
        assertFits(width);
        Browser.screenshot(browser, shot + "3-dashboard-round", width);

        // the evidence pack of that round
        browser.findElement(By.id("bukti-dukung-63.71")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/bukti-dukung/63.71/2024"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tahap 1");
        String program1 = browser.findElement(By.cssSelector("tr.lvl-PROGRAM")).getText();
        assertThat(program1).contains("Si Mantab").contains("100,00");
        assertThat(browser.findElement(By.id("unduh-xlsx")).getAttribute("href"))
                .endsWith("/api/v1/evidence/63.71/2024/pack.xlsx?round="
                        + database.count("select id from evaluation_round where name = 'Tahap 1'"));
        Browser.screenshot(browser, shot + "4-evidence", width);
        assertFits(width);
    }

    private void fill(String name, String year, String startsOn, String endsOn) {
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys(year);
        // a date field's typing order follows the browser's locale; a person picks from the calendar
        browser.executeScript(
                "document.getElementById('startsOn').value = arguments[0];"
                        + " document.getElementById('endsOn').value = arguments[1];",
                startsOn,
                endsOn);
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Nothing is wider than the window: the page never scrolls sideways. */
    private void assertFits(int width) {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Object wide = browser.executeScript(
                "return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > arguments[0] && !e.closest('.scroll'))"
                        + ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 8).join(', ')",
                width);
        assertThat(scrollWidth.intValue()).as("wider than the window: %s", wide).isLessThanOrEqualTo(width);
    }
}
