package id.suarawarga.web.staff;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.SignedInAsTestAdmin;
import id.suarawarga.support.Surveys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review's owner case in a real browser at 360 px and 1280 px: 55 residents all answer "Sesuai" (3). The
 * questionnaire page says why 75,00 is C and how far B is, puts the interval in words, and says in one sentence that
 * the evaluation's quota is met but the Krejcie–Morgan minimum for the 1 000 people served is not; the overview's
 * region total says it is provisional and how much of the region has data.
 */
@QuarkusTest
class ExplainedNumbersBrowserTest {

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

    @Test
    void theNumbersAreExplainedOnAPhoneAndALaptop() {
        long questionnaireId = Surveys.publishedSkm(); // target population 1 000: Krejcie–Morgan asks 278
        for (int r = 0; r < 55; r++) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("USIA", "25_34");
            for (int u = 1; u <= 9; u++) {
                answers.put("U" + u, 3);
            }
            json().header("Idempotency-Key", "sesuai-" + r)
                    .header("X-Device-Id", "sesuai-" + r)
                    .body(Map.of("answers", answers))
                    .post("/api/v1/public/questionnaires/si-mantab/responses")
                    .then()
                    .statusCode(201);
        }
        long programId = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        for (int width : new int[] {360, 1280}) {
            browser = width < 600 ? Browser.phone() : Browser.laptop();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            browser.get(base + "masuk");
            browser.findElement(By.id("j_username")).sendKeys(SignedInAsTestAdmin.USERNAME);
            browser.findElement(By.id("j_password")).sendKeys(SignedInAsTestAdmin.PASSWORD);
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/masuk"));

            browser.get(base + "dasbor/kuesioner/" + questionnaireId);
            assertThat(browser.findElement(By.id("ikm")).getText()).isEqualTo("75,00");
            assertThat(browser.findElement(By.id("menuju")).getText())
                    .isEqualTo("1,61 poin lagi menuju B Baik (mulai 76,61).");
            assertThat(browser.findElement(By.id("penjelasan")).getText())
                    .contains("Kurang Baik: warga rata-rata menilai layanan sekadar memadai")
                    .contains("Below good:");
            assertThat(browser.findElement(By.id("mengapa-c")).getText())
                    .startsWith("Mengapa C padahal warga menjawab \"Sesuai\"?")
                    .contains("3 × 25 = 75,00 masih dalam rentang C (65,00–76,60); B baru mulai 76,61");
            assertThat(browser.findElement(By.id("ikm-ci")).getText())
                    .startsWith("Dengan keyakinan 95 %, IKM sebenarnya antara 75,00 dan 75,00 (n = 55).");
            String enough = browser.findElement(By.id("kecukupan")).getText();
            assertThat(enough)
                    .startsWith("Cukup untuk evaluasi (kuota 50 per subdimensi terpenuhi), tetapi teruskan pengumpulan"
                            + " bila hasil harus mewakili 1.000 warga sasaran dengan ketelitian ±5 %: Krejcie–Morgan"
                            + " meminta 278 responden, baru ada 55 (kurang 223).")
                    .contains("Enough for the evaluation");
            // the old confusing pair is gone
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Kuota terpenuhi");
            assertFits(width);
            Browser.screenshot(browser, "angka-dijelaskan-kuesioner-" + width, width);

            // the program page says the same, from the same class
            browser.get(base + "dasbor/program/" + programId);
            assertThat(browser.findElement(By.id("menuju")).getText())
                    .isEqualTo("1,61 poin lagi menuju B Baik (mulai 76,61).");
            assertThat(browser.findElement(By.id("mengapa-c")).getText()).contains("3 × 25 = 75,00");
            assertThat(browser.findElement(By.id("kecukupan")).getText()).isEqualTo(enough);
            assertFits(width);
            Browser.screenshot(browser, "angka-dijelaskan-program-" + width, width);

            browser.get(base + "dasbor");
            String total = browser.findElement(By.id("total-63.71")).getText();
            assertThat(total)
                    .contains("Nilai gabungan daerah: IKM 75,00 C Kurang Baik · 55 jawaban · sementara")
                    .contains("1 dari 6 dimensi dan 1 dari 1 program punya data; 1 dari 18 subdimensi memenuhi kuota:"
                            + " nilai gabungan ini sementara sampai setiap subdimensi memenuhi kuota.");
            assertThat(browser.findElement(By.id("total-63.71-GOVERNANCE")).getText())
                    .contains("1 dari 3 subdimensi dan 1 dari 1 program punya data")
                    .contains("sementara");
            assertFits(width);
            Browser.screenshot(browser, "angka-dijelaskan-ringkasan-" + width, width);
            browser.quit();
            browser = null;
        }
    }

    private void assertFits(int width) {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(width);
    }
}
