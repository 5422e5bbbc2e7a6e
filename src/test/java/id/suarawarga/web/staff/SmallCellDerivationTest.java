package id.suarawarga.web.staff;

import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.export.ExportFile;
import id.suarawarga.score.stats.SmallCells;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The review's leak ("18–24 tahun: 2" beside a hidden cell): with small groups in every profile question, neither the
 * dashboard page, the printable report nor report.xlsx shows a number from which a group below 5 can be worked out.
 * The attack tried on each breakdown: n (shown on the same page) minus the shown cells = the hidden cells' sum.
 */
@QuarkusTest
class SmallCellDerivationTest {

    private static final int N = 40;

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    /** Ages 2 / 4 / 34, sex 1 not saying, education SMP 4 and 3 unanswered, occupation PNS 4: all small cells. */
    long answer() {
        long questionnaireId = Surveys.publishedSkm();
        for (int r = 0; r < N; r++) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("USIA", r < 2 ? "18_24" : r < 6 ? "45_54" : "25_34");
            answers.put("JENIS_KELAMIN", r == 0 ? "TIDAK_MENJAWAB" : r < 20 ? "P" : "L");
            if (r >= 3) {
                answers.put("PENDIDIKAN", r < 7 ? "SMP" : r < 16 ? "S1" : "SMA");
            }
            answers.put("PEKERJAAN", r < 4 ? "PNS" : r < 30 ? "SWASTA" : "WIRAUSAHA");
            for (int u = 1; u <= 9; u++) {
                answers.put("U" + u, 1 + (r + u) % 4);
            }
            json().header("Idempotency-Key", "cells-" + r)
                    .header("X-Device-Id", "cells-" + r)
                    .body(Map.of("answers", answers))
                    .post("/api/v1/public/questionnaires/si-mantab/responses")
                    .then()
                    .statusCode(201);
        }
        return questionnaireId;
    }

    @Test
    void noSmallCellCanBeDerivedFromTheDashboardPage() {
        long questionnaireId = answer();
        long program = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        Staff.Login owner = Staff.owner("63.71", program);
        Response response = given().auth()
                .preemptive()
                .basic(owner.username(), owner.password())
                .get("/dasbor/kuesioner/" + questionnaireId);
        assertThat(response.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(response.asString());
        long n = Long.parseLong(
                doc.selectFirst("section[aria-labelledby=jawaban] .figure").text());
        assertThat(n).isEqualTo(N);

        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (Element table : doc.select("table.profile")) {
            List<String> counts = new ArrayList<>();
            for (Element row : table.select("tbody tr")) {
                counts.add(row.select("td").get(0).text());
                if (row.select("td").get(0).text().equals(SmallCells.HIDDEN)) {
                    // nothing else of a hidden group: no score beside it either
                    row.select("td").stream()
                            .skip(1)
                            .forEach(td -> assertThat(td.text()).isEqualTo("—"));
                }
            }
            tables.put(table.attr("data-code"), counts);
        }
        assertThat(tables).containsOnlyKeys("USIA", "JENIS_KELAMIN", "PENDIDIKAN", "PEKERJAAN");
        tables.forEach((code, counts) -> assertNotDerivable(code, counts, n));
        // 18–24 (2), 45–54 (4) and the empty bands hidden: together 6; 25–34 (34) shown
        String h = SmallCells.HIDDEN;
        assertThat(tables.get("USIA"))
                .as("18–24, 25–34, 35–44, 45–54, 55–64, 65+")
                .containsExactly(h, "34", h, h, h, h);
        // the answer counts of the profile questions appear nowhere else on the page (no "Sebaran" for them)
        assertThat(doc.select("[id^=dist-USIA], [id^=dist-JENIS_KELAMIN], [id^=dist-PENDIDIKAN], [id^=dist-PEKERJAAN]"))
                .isEmpty();
        assertThat(doc.selectFirst("section[aria-labelledby=sebaran]").text())
                .doesNotContain("18–24")
                .doesNotContain("SMP")
                .doesNotContain("PNS");
    }

    @Test
    void noSmallCellCanBeDerivedFromTheReportOrItsWorkbook() throws Exception {
        long questionnaireId = answer();
        Document report = Jsoup.parse(json().accept("text/html")
                .get("/dasbor/kuesioner/" + questionnaireId + "/laporan")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        long n = Long.parseLong(report.selectFirst("#responses").text());
        for (Element table : report.select("table.profile")) {
            List<String> counts = table.select("tbody tr").stream()
                    .map(row -> row.select("td").get(1).text())
                    .toList();
            assertNotDerivable(table.attr("data-question"), counts, n);
        }

        byte[] xlsx = json().accept(ExportFile.XLSX)
                .get("/api/v1/questionnaires/" + questionnaireId + "/report.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Map<String, List<String>> byQuestion = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.findSheet("Profil").orElseThrow().read();
            for (Row row : rows.subList(1, rows.size())) {
                String code = row.getCellAsString(0).orElse("");
                if (code.isEmpty() || code.startsWith("Kelompok") || row.getCellCount() < 3) {
                    continue; // the note under the table
                }
                byQuestion
                        .computeIfAbsent(code, c -> new ArrayList<>())
                        .add(row.getCell(2).getText());
            }
        }
        assertThat(byQuestion).containsOnlyKeys("USIA", "JENIS_KELAMIN", "PENDIDIKAN", "PEKERJAAN");
        byQuestion.forEach((code, counts) -> assertNotDerivable(code, counts, n));
        // education is optional: 3 left it out, so "Tidak diisi" is a cell of its own, hidden with SMP (4)
        assertThat(byQuestion.get("PENDIDIKAN")).hasSize(11); // ten bands and "Tidak diisi"
    }

    /** n − the shown cells is the hidden cells' sum: it must name no single cell and be no small group itself. */
    static void assertNotDerivable(String question, List<String> counts, long n) {
        long shown = 0;
        int hidden = 0;
        for (String count : counts) {
            if (count.equals(SmallCells.HIDDEN)) {
                hidden++;
            } else {
                long value = Long.parseLong(count);
                assertThat(value).as("%s shows %s", question, counts).isGreaterThanOrEqualTo(SmallCells.MIN_SHOWN);
                shown += value;
            }
        }
        if (hidden == 0) {
            assertThat(shown).as("%s %s adds up to n", question, counts).isEqualTo(n);
            return;
        }
        assertThat(hidden)
                .as("%s %s: a lone hidden cell is n − the rest", question, counts)
                .isGreaterThanOrEqualTo(2);
        assertThat(n - shown).as("%s %s: n − shown", question, counts).isGreaterThanOrEqualTo(SmallCells.MIN_SHOWN);
    }
}
