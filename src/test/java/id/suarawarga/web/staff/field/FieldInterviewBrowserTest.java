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
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A field officer on a tablet without signal: three interviews queued on the tablet, the page reopened without
 * signal with its queue intact, sent when the signal returns (channel ENUMERATOR, naming the officer), the queue sent
 * a second time storing nothing new; the program's owner then reads responses per channel and per officer.
 */
@QuarkusTest
class FieldInterviewBrowserTest {

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
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/masuk")));
    }

    private void choose(String code, String value) {
        browser.findElement(By.cssSelector("input[name='" + code + "'][value='" + value + "']"))
                .findElement(By.xpath(".."))
                .click();
    }

    private void interview(int n) {
        choose("USIA", n == 2 ? "45_54" : "25_34");
        choose("JENIS_KELAMIN", n % 2 == 0 ? "P" : "L");
        for (int e = 1; e <= 9; e++) {
            choose("U" + e, String.valueOf(1 + (n + e) % 4));
        }
        browser.findElement(By.name("SARAN")).sendKeys("Wawancara " + n + " di pasar terapung");
        browser.findElement(By.cssSelector("#interview button[type=submit]")).click();
        waiting(n);
    }

    private void waiting(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.id("antrean"), "data-waiting", String.valueOf(count)));
    }

    @Test
    void threeInterviewsWithoutSignalAreQueuedAndSentOnceWhenTheSignalReturns() {
        long questionnaireId = Surveys.publishedSkm();
        long program = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        Staff.Login officer = Staff.create("ENUMERATOR", "63.71", List.of(program));
        browser = Browser.phone();
        signIn(officer);

        open("/lapangan");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pengumpulan di lapangan");
        assertThat(browser.findElement(By.cssSelector("header.bar")).getText()).contains("Petugas lapangan");
        Browser.screenshot(browser, "field-01-questionnaires");
        browser.findElement(By.partialLinkText("Survei Kepuasan Masyarakat")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/lapangan/kuesioner/" + questionnaireId));
        Browser.waitUntilKeptOffline(browser);

        Browser.network(browser, false);
        for (int n = 1; n <= 3; n++) {
            interview(n);
        }
        assertThat(browser.findElement(By.id("antrean")).getText()).startsWith("3 wawancara menunggu dikirim.");
        Browser.screenshot(browser, "field-02-three-interviews-queued");
        assertThat(database.count("select count(*) from survey_response")).isZero();

        // the tablet's browser reopens the page without signal: the page and the queue are still there
        browser.navigate().refresh();
        waiting(3);
        String queue = (String) browser.executeAsyncScript("var done = arguments[0];"
                + " indexedDB.open('suara-lapangan').onsuccess = function (e) {"
                + "  e.target.result.transaction('antrean').objectStore('antrean').getAll().onsuccess ="
                + "   function (r) { done(JSON.stringify(r.target.result)); }; };");

        Browser.network(browser, true);
        waiting(0);
        assertThat(browser.findElement(By.id("antrean")).getText()).contains("Antrean terkirim.");
        Browser.screenshot(browser, "field-03-queue-sent");
        assertThat(database.count("select count(*) from survey_response where channel = 'ENUMERATOR'"
                        + " and collected_by = " + officer.id()))
                .isEqualTo(3);
        assertThat(database.count("select count(*) from survey_response where answers ->> 'SARAN'"
                        + " = 'Wawancara 2 di pasar terapung' and answers ->> 'USIA' = '45_54'"))
                .isEqualTo(1);

        // the same queue sent again (the tablet never heard the answers): acknowledged, nothing new stored
        Object again = browser.executeAsyncScript(
                "var done = arguments[1], queue = JSON.parse(arguments[0]);"
                        + " Promise.all(queue.map(function (e) { return fetch('/api/v1/questionnaires/' + e.questionnaire"
                        + "  + '/interviews', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                        + "  body: JSON.stringify({id: e.id, answers: e.answers})}).then(function (r) {"
                        + "   return r.status + ' ' + r.headers.get('Idempotency-Replayed'); }); }))"
                        + " .then(function (all) { done(all.join(',')); });",
                queue);
        assertThat(again).isEqualTo("201 true,201 true,201 true");
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(3);

        // the program's owner sees how the answers came in: per channel and per officer
        browser.findElement(By.cssSelector("header.bar form button")).click();
        signIn(Staff.owner("63.71", program));
        open("/dasbor/kuesioner/" + questionnaireId + "/pengumpulan");
        assertThat(browser.findElement(By.id("kanal")).getText()).contains("Wawancara petugas 3");
        assertThat(browser.findElement(By.id("petugas")).getText())
                .contains("Uji ENUMERATOR (" + officer.username() + ") 3");
        Browser.screenshot(browser, "field-04-responses-per-channel-and-officer");
    }
}
