package id.suarawarga.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident loses signal after the questionnaire has loaded (chromium's DevTools network emulation, offline for
 * the page and for its service worker): she finishes and sends the form, is told it is kept on the phone, reloads
 * the page without signal, comes back online, is told it was sent, and exactly one response is stored, even when
 * the phone sends it a second time.
 */
@QuarkusTest
class OfflineSurveyBrowserTest {

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

    private void choose(String code, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='q." + code + "'][value='" + value + "']"));
        browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
    }

    private WebElement told(String state) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("p.msg[data-state=" + state + "]")));
    }

    @Test
    void aFormFinishedWithoutSignalIsKeptOnThePhoneAndStoredOnceWhenTheSignalReturns() {
        Surveys.publishedSkm();
        browser = Browser.phone();
        browser.get(base + "s/si-mantab");
        // the service worker has taken the page over and kept a copy of it: from now on it opens without signal
        Browser.waitUntilKeptOffline(browser);

        Browser.network(browser, false);
        choose("USIA", "35_44");
        choose("JENIS_KELAMIN", "P");
        for (int i = 1; i <= 9; i++) {
            choose("U" + i, i == 8 ? "4" : "3");
        }
        browser.findElement(By.name("q.SARAN")).sendKeys("Sinyal di pasar lemah, tetapi pelayanannya cepat.");
        browser.findElement(By.cssSelector("form#survey button[type=submit]")).click();

        WebElement saved = told("saved");
        assertThat(saved.getText())
                .startsWith("Jawaban Anda tersimpan di ponsel ini dan akan terkirim sendiri")
                .contains("Your answers are saved on this phone and will be sent by themselves");
        assertThat(browser.findElement(By.id("survey")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "offline-01-saved-on-the-phone");
        assertThat(database.count("select count(*) from survey_response")).isZero();
        String queued = (String) browser.executeAsyncScript("var done = arguments[0];"
                + " indexedDB.open('suara-warga').onsuccess = function (e) {"
                + "  e.target.result.transaction('outbox').objectStore('outbox').getAll().onsuccess = function (r) {"
                + "   done(r.target.result[0].body); }; };");
        assertThat(queued).contains("q.U8=4").contains("token=");

        // without signal the page still opens (from the service worker's copy) and says the answers wait on the phone
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("the page, from the service worker's copy")
                .isEqualTo("Survei Kepuasan Masyarakat: Si Mantab");
        told("saved");
        assertThat(browser.findElement(By.id("survey")).isDisplayed())
                .as("the form waits behind a button for someone else")
                .isFalse();
        Browser.screenshot(browser, "offline-02-reloaded-without-signal");
        assertThat(database.count("select count(*) from survey_response")).isZero();

        Browser.network(browser, true);
        WebElement sent = told("sent");
        assertThat(sent.getText())
                .startsWith("Jawaban Anda sudah terkirim. Terima kasih!")
                .contains("Your answers have been sent. Thank you!");
        Browser.screenshot(browser, "offline-03-sent-when-the-signal-returned");
        assertThat(database.count("select count(*) from survey_response where channel = 'WEB'"
                        + " and answers ->> 'U8' = '4' and answers ->> 'SARAN' like 'Sinyal di pasar%'"))
                .isEqualTo(1);

        // the phone sends the same form again (it never heard the answer): acknowledged, nothing new stored
        Object replay = browser.executeAsyncScript(
                "var done = arguments[1]; fetch('/s/si-mantab/kirim', {method: 'POST', body: arguments[0],"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}})"
                        + ".then(function (r) { done(r.status + ' ' + r.headers.get('Idempotency-Replayed')); });",
                queued);
        assertThat(replay).isEqualTo("201 true");
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(1);
        assertThat((String) browser.executeAsyncScript("var done = arguments[0];"
                        + " indexedDB.open('suara-warga').onsuccess = function (e) {"
                        + "  e.target.result.transaction('outbox').objectStore('outbox').getAll().onsuccess ="
                        + "   function (r) { done(JSON.stringify(r.target.result)); }; };"))
                .as("once sent, the phone keeps that it was sent, not the answers")
                .contains("\"state\":\"sent\"")
                .doesNotContain("q.U8");
    }
}
