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
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A signed-in admin opens the printable SKM report in a real browser, taps "Cetak / simpan PDF" (allowed by the CSP:
 * a static script, no inline one) and prints it to a PDF whose pages are then read: every row whole on one page, the
 * page footer below every line of content, Indonesian words and dates, small profile cells not derivable.
 */
@QuarkusTest
class ReportPrintBrowserTest {

    private static final int RESPONSES = 55;

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
    void printsTheReportToAPdfWithWholeRowsAndTheFooterBelowTheContent() throws Exception {
        long questionnaireId = Surveys.publishedSkm();
        for (int r = 0; r < RESPONSES; r++) {
            Map<String, Object> answers = new HashMap<>();
            // 18–24 has 2: hidden, and with it the next smallest shown group, or n − the rest would give it away
            answers.put("USIA", r < 2 ? "18_24" : r < 22 ? "35_44" : "25_34");
            answers.put("JENIS_KELAMIN", r < 3 ? "TIDAK_MENJAWAB" : r < 25 ? "P" : "L");
            answers.put("PENDIDIKAN", r < 4 ? "SMP" : r < 15 ? "S1" : "SMA");
            for (int u = 1; u <= 9; u++) {
                answers.put("U" + u, 3); // everyone "Sesuai": IKM 75,00, category C
            }
            answers.put(
                    "SARAN",
                    "Saran nomor " + r + ": antrean di loket pagi hari terlalu panjang, mohon tambah petugas dan"
                            + " kursi tunggu; informasi persyaratan juga sebaiknya ditempel di depan kantor supaya"
                            + " warga tidak bolak-balik. Akhir saran " + r + ".");
            json().header("Idempotency-Key", "print-" + r)
                    .header("X-Device-Id", "print-device-" + r)
                    .body(Map.of("answers", answers))
                    .post("/api/v1/public/questionnaires/si-mantab/responses")
                    .then()
                    .statusCode(201);
        }
        assertThat(scores.questionnaire(questionnaireId, false).responses()).isEqualTo(RESPONSES);

        browser = Browser.phone();
        // record every CSP violation from the first byte of each page on (a CDP script is not subject to the CSP)
        browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                                + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });"));
        browser.get(base + "masuk");
        browser.findElement(By.id("j_username")).sendKeys(SignedInAsTestAdmin.USERNAME);
        browser.findElement(By.id("j_password")).sendKeys(SignedInAsTestAdmin.PASSWORD);
        browser.findElement(By.cssSelector("form button, form [type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> !d.getCurrentUrl().contains("/masuk"));

        browser.get(base + "dasbor/kuesioner/" + questionnaireId + "/laporan");
        // the print button is shown by /staf/salin.js: visible means the script loaded and ran under the CSP
        WebElement print = wait.until(d -> {
            WebElement button = d.findElement(By.id("cetak"));
            return button.isDisplayed() ? button : null;
        });
        browser.executeScript("window.__printed = 0; window.print = function () { window.__printed++; };");
        print.click();
        assertThat(((Number) browser.executeScript("return window.__printed")).intValue())
                .isEqualTo(1);
        assertThat((List<?>) browser.executeScript("return window.__csp")).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href^=javascript]"))).isEmpty();

        // in words: Indonesian status and dates, the IKM explained, whether to keep collecting
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("sedang berjalan");
        assertThat(page).doesNotContain("PUBLISHED").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(browser.findElement(By.id("periode")).getText())
                .matches("\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
                        + "|Desember) \\d{4} s\\.d\\. .+");
        assertThat(page).contains("Periode (WITA)"); // Kota Banjarmasin (63.71) keeps Central Indonesian Time
        assertThat(browser.findElement(By.id("ikm-konversi")).getText()).isEqualTo("75,00");
        assertThat(browser.findElement(By.id("menuju")).getText())
                .isEqualTo("1,61 poin lagi menuju B Baik (mulai 76,61).");
        assertThat(browser.findElement(By.id("mengapa-c")).getText()).contains("3 × 25 = 75,00");
        assertThat(browser.findElement(By.id("kecukupan")).getText())
                .startsWith("Cukup untuk evaluasi (kuota 50 per subdimensi terpenuhi)");

        // no small profile cell can be worked out from n and the shown cells of its table
        long n = Long.parseLong(browser.findElement(By.id("responses")).getText());
        for (WebElement table : browser.findElements(By.cssSelector("table.profile"))) {
            assertNoSmallCellDerivable(table, n);
        }
        assertThat(browser.findElement(By.cssSelector("table.profile[data-question=USIA]"))
                        .getText())
                .contains("18–24 tahun disembunyikan")
                .contains("35–44 tahun disembunyikan")
                .contains("25–34 tahun 33");

        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "laporan-skm-360", 360);
        Browser.viewport(browser, 1280, false);
        Browser.screenshot(browser, "laporan-skm-1280", 1280, false);

        byte[] pdf =
                Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("laporan-skm.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isBetween(2, 12);
            List<String> texts = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                texts.add(oneLine(pageText(document, p)));
                assertFooterBelowTheContent(document, p, pages);
            }
            // every comment row is on exactly one page and whole there (rows never split, nothing printed over them)
            for (int r = 0; r < RESPONSES; r++) {
                String row = "Saran nomor " + r + ": antrean di loket pagi hari terlalu panjang, mohon tambah petugas"
                        + " dan kursi tunggu; informasi persyaratan juga sebaiknya ditempel di depan kantor supaya"
                        + " warga tidak bolak-balik. Akhir saran " + r + ".";
                String start = "Saran nomor " + r + ":";
                long onPages = texts.stream().filter(t -> t.contains(start)).count();
                assertThat(onPages).as("pages with %s", start).isEqualTo(1);
                assertThat(texts).as("row %d whole on one page", r).anyMatch(t -> t.contains(row));
            }
            for (String element : List.of("U1 Persyaratan", "U9 Penanganan Pengaduan")) {
                assertThat(texts).anyMatch(t -> t.contains(element));
            }
            assertThat(texts.get(0)).contains("Dicetak").contains("Laporan Survei Kepuasan Masyarakat");
            assertThat(String.join(" ", texts))
                    .doesNotContain("Cetak / simpan PDF")
                    .doesNotContain("Unduh laporan");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int p : List.of(0, 1, pages - 1)) {
                BufferedImage image = renderer.renderImageWithDPI(p, 80);
                ImageIO.write(
                        image,
                        "png",
                        Browser.SCREENSHOTS
                                .resolve("laporan-skm-pdf-halaman-" + (p + 1) + ".png")
                                .toFile());
            }
        }
    }

    /** Derivation attack on one table: n minus the shown cells is the hidden cells' sum; it must single out none. */
    static void assertNoSmallCellDerivable(WebElement table, long n) {
        long shownSum = 0;
        int hidden = 0;
        int cells = 0;
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            String count = row.findElements(By.cssSelector("td")).get(1).getText();
            cells++;
            if (count.equals("disembunyikan")) {
                hidden++;
            } else {
                long value = Long.parseLong(count);
                assertThat(value).as("a shown cell").isGreaterThanOrEqualTo(5);
                shownSum += value;
            }
        }
        if (hidden == 0) {
            assertThat(shownSum).isEqualTo(n);
        } else if (hidden < cells) {
            assertThat(hidden).as("hidden cells of %s", table.getText()).isGreaterThanOrEqualTo(2);
            assertThat(n - shownSum).as("n − shown in %s", table.getText()).isGreaterThanOrEqualTo(5);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").replace("- ", "-");
    }

    /** The page number footer ("Halaman x dari y") is printed below the lowest line of content, never over it. */
    private static void assertFooterBelowTheContent(PDDocument document, int page, int pages) throws IOException {
        List<float[]> footer = new ArrayList<>();
        List<float[]> content = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty()) {
                    return;
                }
                float top = Float.MAX_VALUE;
                float bottom = 0;
                for (TextPosition p : positions) {
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj());
                }
                (text.contains("Halaman") ? footer : content).add(new float[] {top, bottom});
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        stripper.getText(document);
        assertThat(footer).as("footer on page %d of %d", page, pages).hasSize(1);
        float lowestContent =
                content.stream().map(c -> c[1]).max(Float::compare).orElse(0f);
        assertThat(footer.get(0)[0])
                .as("footer top below the content on page %d", page)
                .isGreaterThan(lowestContent);
        String expected = String.format(Locale.ROOT, "Halaman %d dari %d", page, pages);
        assertThat(oneLine(pageText(document, page))).contains(expected);
    }
}
