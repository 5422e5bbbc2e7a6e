package id.suarawarga.web;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.score.ScoreService;
import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.SignedInAsTestAdmin;
import id.suarawarga.support.Surveys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A signed-in admin opens the printable SKM report in a real browser and prints it to a PDF. */
@QuarkusTest
class ReportPrintBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    @Inject
    ScoreService scores;

    ChromeDriver browser;

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        database.wipe();
    }

    @Test
    void printsTheReportToAPdfWithoutNavigation() throws Exception {
        long questionnaireId = Surveys.publishedSkm();
        for (int r = 0; r < 6; r++) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("USIA", "25_34");
            for (int u = 1; u <= 9; u++) {
                answers.put("U" + u, 1 + (r + u) % 4);
            }
            answers.put("SARAN", "Saran nomor " + r);
            json().header("Idempotency-Key", "print-" + r)
                    .body(Map.of("answers", answers))
                    .post("/api/v1/public/questionnaires/si-mantab/responses")
                    .then()
                    .statusCode(201);
        }
        browser = Browser.phone();
        browser.get(base + "masuk");
        browser.findElement(By.id("j_username")).sendKeys(SignedInAsTestAdmin.USERNAME);
        browser.findElement(By.id("j_password")).sendKeys(SignedInAsTestAdmin.PASSWORD);
        browser.findElement(By.cssSelector("form button, form [type=submit]")).click();

        // signed in: the form answers with a redirect away from /masuk (to /dasbor)
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/masuk"));
        browser.get(base + "dasbor/kuesioner/" + questionnaireId + "/laporan");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("ikm-konversi")).isEmpty());
        Browser.screenshot(browser, "laporan-skm");

        double konversi = scores.questionnaire(questionnaireId, false).ikm().konversi();
        assertThat(browser.findElement(By.id("ikm-konversi")).getText())
                .isEqualTo(String.format(Locale.forLanguageTag("id-ID"), "%.2f", konversi));
        byte[] pdf =
                Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("laporan-skm.pdf"), pdf);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-");
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(raw).results().count())
                .isBetween(1L, 4L);
    }
}
