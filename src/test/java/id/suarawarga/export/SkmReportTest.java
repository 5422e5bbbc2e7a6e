package id.suarawarga.export;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import id.suarawarga.score.stats.SmallCells;
import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SKM report (workbook and printable page) shows the score engine's figures and hides small profile cells. */
@QuarkusTest
class SkmReportTest {

    @Inject
    Database database;

    @Inject
    ScoreService scores;

    long questionnaireId;

    @BeforeEach
    void respond() {
        questionnaireId = Surveys.publishedSkm();
        new ExportFixture().submitAll();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    byte[] workbook() {
        Response response =
                json().accept(ExportFile.XLSX).get("/api/v1/questionnaires/" + questionnaireId + "/report.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment; filename=\"suara-warga-si-mantab-v1-laporan-skm-");
        return response.asByteArray();
    }

    /** The rows of one sheet, each as its cells' raw values (numbers unrounded). */
    static List<Row> sheet(byte[] xlsx, String name) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.findSheet(name).orElseThrow().read();
        }
    }

    static Map<String, Row> byFirstCell(List<Row> rows) {
        Map<String, Row> map = new LinkedHashMap<>();
        rows.forEach(row -> row.getCellAsString(0).ifPresent(label -> map.put(label, row)));
        return map;
    }

    static double number(Row row, int column) {
        return row.getCellAsNumber(column).orElseThrow().doubleValue();
    }

    @Test
    void summaryAndElementsAreTheScoreServiceFigures() throws Exception {
        ScoreView score = scores.questionnaire(questionnaireId, false);
        byte[] xlsx = workbook();

        Map<String, Row> summary = byFirstCell(sheet(xlsx, "Ringkasan"));
        assertThat(score.responses()).isEqualTo(8);
        assertThat(number(summary.get("Jumlah responden (n)"), 1)).isEqualTo((double) score.responses());
        assertThat(score.sample().requiredSample()).isEqualTo(278); // population 1,000 (Krejcie–Morgan)
        assertThat(number(summary.get("Sampel minimum (Krejcie–Morgan)"), 1))
                .isEqualTo((double) score.sample().requiredSample());
        assertThat(number(summary.get("IKM (skala 1–4)"), 1))
                .isCloseTo(score.ikm().value(), within(1e-12));
        assertThat(number(summary.get("IKM konversi (25–100)"), 1))
                .isCloseTo(score.ikm().konversi(), within(1e-12));
        assertThat(summary.get("Mutu pelayanan").getCellText(1))
                .isEqualTo(score.ikm().category() + " (" + score.ikm().categoryLabel() + ")");
        assertThat(number(summary.get("Selang kepercayaan 95% konversi: batas bawah"), 1))
                .isCloseTo(score.ikm().konversiLow(), within(1e-12));
        assertThat(number(summary.get("Selang kepercayaan 95% konversi: batas atas"), 1))
                .isCloseTo(score.ikm().konversiHigh(), within(1e-12));
        assertThat(number(summary.get("IKM pada skala indeks (1–4)"), 1))
                .isCloseTo(score.ikm().index(), within(1e-12));
        assertThat(summary.get("Program").getCellText(1)).isEqualTo("Si Mantab");

        Map<String, Row> elements = byFirstCell(sheet(xlsx, "Unsur"));
        assertThat(score.elements()).hasSize(9);
        for (ScoreView.Element e : score.elements()) {
            Row row = elements.get(e.element());
            assertThat(number(row, 2)).isEqualTo(e.n());
            assertThat(number(row, 3)).isCloseTo(e.nrr(), within(1e-12));
            assertThat(number(row, 4)).isCloseTo(e.konversi(), within(1e-12));
            assertThat(row.getCellText(5)).isEqualTo(e.category());
        }
        assertThat(elements.get("U1").getCellText(1)).isEqualTo("Persyaratan");
    }

    @Test
    void profileHidesCellsBelowFive() throws Exception {
        List<Row> profile = sheet(workbook(), "Profil");
        Map<String, String> age = new LinkedHashMap<>();
        Map<String, String> sex = new LinkedHashMap<>();
        for (Row row : profile) {
            if ("USIA".equals(row.getCellText(0))) {
                age.put(row.getCellText(1), row.getCellText(2));
            }
            if ("JENIS_KELAMIN".equals(row.getCellText(0))) {
                sex.put(row.getCellText(1), row.getCellText(2));
            }
        }

        // clean responses: 6 aged 25–34, 2 aged 35–44 (the flagged one, 45–54, is not counted); n = 8 is on the same
        // sheet, so showing the 6 would give away that the hidden bands hold 2: the 6 is hidden too
        String hidden = SmallCells.HIDDEN;
        assertThat(age)
                .containsEntry("25–34 tahun", hidden)
                .containsEntry("35–44 tahun", hidden)
                .containsEntry("45–54 tahun", hidden)
                .doesNotContainKey("Di bawah 18 tahun")
                .doesNotContainKey("Tidak diisi"); // age is required and nobody skipped it
        // 5 women, 3 men, no one declined or skipped (sex is optional, so "Tidak diisi" is listed): 3, 0 and 0 hold 3
        // together, fewer than 5, so the 5 goes too
        assertThat(sex)
                .containsEntry("Perempuan", hidden)
                .containsEntry("Laki-laki", hidden)
                .containsEntry("Tidak ingin menjawab", hidden)
                .containsEntry("Tidak diisi", hidden);
        assertThat(profile.stream().map(row -> row.getCellText(2))).doesNotContain("2", "3", "1");
    }

    @Test
    void commentsSheetHoldsEveryCleanComment() throws Exception {
        List<Row> comments = sheet(workbook(), "Komentar");

        assertThat(comments.subList(1, comments.size()).stream()
                        .map(row -> row.getCellText(2))
                        .toList())
                .containsExactly(
                        "Antrian, cepat",
                        "Petugas \"ramah\"",
                        "baris satu\nbaris dua",
                        "=HYPERLINK(\"http://jahat.example\",\"klik\")",
                        "-2 bintang");
    }

    @Test
    void printablePageShowsTheSameNumbers() {
        ScoreView score = scores.questionnaire(questionnaireId, false);
        Response response = json().accept("text/html").get("/dasbor/kuesioner/" + questionnaireId + "/laporan");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());

        Locale id = Locale.forLanguageTag("id-ID");
        assertThat(page.getElementById("ikm-konversi").text())
                .isEqualTo(String.format(id, "%.2f", score.ikm().konversi()));
        assertThat(page.getElementById("ikm-value").text())
                .isEqualTo(String.format(id, "%.2f", score.ikm().value()));
        assertThat(page.getElementById("ikm-category").text())
                .isEqualTo(score.ikm().category());
        assertThat(page.getElementById("ikm-interval").text())
                .isEqualTo(String.format(
                        id,
                        "%.2f – %.2f",
                        score.ikm().konversiLow(),
                        score.ikm().konversiHigh()));
        assertThat(page.getElementById("responses").text()).isEqualTo("8");
        assertThat(page.getElementById("required-sample").text()).startsWith("278");
        List<Element> elementRows = page.select("#elements tbody tr");
        assertThat(elementRows).hasSize(9);
        assertThat(elementRows.get(2).select("td").get(3).text())
                .isEqualTo(String.format(id, "%.2f", score.elements().get(2).nrr()));
        assertThat(page.select("table.profile td.num").eachText())
                .containsOnly(SmallCells.HIDDEN); // 8 respondents: every band is small or gives a small one away
        assertThat(page.select("#comments td.comment").eachText()).hasSize(5).contains("Antrian, cepat");
        // printing: navigation hidden, rows kept whole, A4, program in the page header
        String css = page.select("style").html();
        assertThat(css)
                .contains("@page{size:A4", "nav,.crumbs,.no-print{display:none}", "tr,.headline div,")
                .contains("{break-inside:avoid;page-break-inside:avoid}")
                .doesNotContain("position:fixed");
        assertThat(page.select(".page-header").text()).contains("Si Mantab");
    }

    @Test
    void printablePageForUnknownQuestionnaireIsAFriendlyNotFoundPage() {
        Response response = json().accept("text/html").get("/dasbor/kuesioner/999999/laporan");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
    }
}
