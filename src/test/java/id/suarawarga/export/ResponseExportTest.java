package id.suarawarga.export;

import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Anonymised response exports: CSV and XLSX with the same content, nothing identifying, formulas defused. */
@QuarkusTest
class ResponseExportTest {

    static final List<String> HEADER = List.of(
            "no",
            "submitted_date (Asia/Jakarta)",
            "channel",
            "source_tag",
            "language",
            "flagged",
            "flag_reasons",
            "counted",
            "count_reason",
            "review_note",
            "other_person_declared",
            "USIA",
            "JENIS_KELAMIN",
            "PENDIDIKAN",
            "PEKERJAAN",
            "U1",
            "U2",
            "U3",
            "U4",
            "U5",
            "U6",
            "U7",
            "U8",
            "U9",
            "LAYANAN",
            "SARAN");

    @Inject
    Database database;

    long questionnaireId;
    ExportFixture fixture;

    @BeforeEach
    void respond() {
        questionnaireId = Surveys.publishedSkm();
        fixture = new ExportFixture();
        fixture.submitAll();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    Response download(String file, String accept, Boolean includeFlagged) {
        var request = json().accept(accept);
        if (includeFlagged != null) {
            request.queryParam("includeFlagged", includeFlagged);
        }
        return request.get("/api/v1/questionnaires/" + questionnaireId + "/" + file);
    }

    String csv(Boolean includeFlagged) {
        Response response = download("responses.csv", "text/csv", includeFlagged);
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void csvHasHeaderValuesAndFlaggedRowsMarked() {
        Response response = download("responses.csv", "text/csv", true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"suara-warga-si-mantab-v1-jawaban-"
                        + LocalDate.now(ZoneId.of("Asia/Jakarta")) + ".csv\"");
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF"); // Excel reads the UTF-8 (en dash, Indonesian text) right
        List<List<String>> rows = ExportFixture.parseCsv(body.substring(1));

        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows).hasSize(1 + 9);
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        for (int r = 0; r < 8; r++) {
            List<String> row = rows.get(1 + r);
            assertThat(row).hasSize(HEADER.size());
            assertThat(row.subList(0, 10))
                    .containsExactly(
                            String.valueOf(r + 1),
                            today,
                            "API",
                            r < 3 ? "loket-1" : "",
                            "id",
                            "false",
                            "",
                            "true",
                            "NOT_FLAGGED",
                            "");
            assertThat(row.get(HEADER.indexOf("USIA"))).isEqualTo(r < 6 ? "25–34 tahun" : "35–44 tahun");
            assertThat(row.get(HEADER.indexOf("JENIS_KELAMIN"))).isEqualTo(r < 5 ? "Perempuan" : "Laki-laki");
            assertThat(row.get(HEADER.indexOf("PENDIDIKAN"))).isEmpty();
            for (int u = 1; u <= 9; u++) {
                assertThat(row.get(HEADER.indexOf("U" + u))).isEqualTo(String.valueOf(ExportFixture.element(r, u)));
            }
        }
        List<String> flagged = rows.get(9);
        assertThat(flagged.subList(0, 10))
                .containsExactly(
                        "9", today, "API", "", "id", "true", "DUPLICATE_DEVICE", "false", "WAITING_REVIEW", "");
        assertThat(flagged.get(HEADER.indexOf("SARAN"))).isEqualTo(ExportFixture.FLAGGED_SUGGESTION);
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndDefusesFormulas() {
        String body = csv(true);
        List<List<String>> rows = ExportFixture.parseCsv(body.substring(1));
        int saran = HEADER.indexOf("SARAN");

        assertThat(rows.get(1).get(saran)).isEqualTo("Antrian, cepat");
        assertThat(rows.get(2).get(saran)).isEqualTo("Petugas \"ramah\"");
        assertThat(rows.get(3).get(saran)).isEqualTo("baris satu\nbaris dua");
        assertThat(rows.get(4).get(saran)).isEqualTo("'=HYPERLINK(\"http://jahat.example\",\"klik\")");
        assertThat(rows.get(5).get(saran)).isEqualTo("'-2 bintang");
        // and on the wire, exactly as RFC 4180 says
        assertThat(body)
                .contains(
                        ",\"Antrian, cepat\"\r\n",
                        ",\"Petugas \"\"ramah\"\"\"\r\n",
                        ",\"baris satu\nbaris dua\"\r\n",
                        ",\"'=HYPERLINK(\"\"http://jahat.example\"\",\"\"klik\"\")\"\r\n",
                        ",'-2 bintang\r\n");
    }

    @Test
    void csvHoldsTheRowsThatCountByDefaultLikeTheDashboard() {
        List<List<String>> rows = ExportFixture.parseCsv(csv(null).substring(1));

        assertThat(rows).hasSize(1 + 8);
        assertThat(rows.subList(1, 9)).allSatisfy(row -> assertThat(row.get(5)).isEqualTo("false"));
        assertThat(rows.subList(1, 9)).allSatisfy(row -> assertThat(row.get(7)).isEqualTo("true"));
        assertThat(rows.get(8).get(0)).isEqualTo("8");
        assertThat(ExportFixture.parseCsv(csv(false).substring(1))).isEqualTo(rows);
        assertThat(rows.size() - 1L)
                .isEqualTo(json().get("/api/v1/scores/questionnaires/" + questionnaireId)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("responses"));
    }

    @Test
    void aResponseCountedOnReviewIsExportedByDefaultWithTheReviewersReason() {
        long flagged = database.count("select id from survey_response where flagged");
        json().body(Map.of("decision", "COUNTED", "note", "Dua warga, satu HP", "responseIds", List.of(flagged)))
                .post("/api/v1/questionnaires/" + questionnaireId + "/flagged-responses/reviews")
                .then()
                .statusCode(200);

        List<List<String>> rows = ExportFixture.parseCsv(csv(null).substring(1));
        assertThat(rows).hasSize(1 + 9);
        assertThat(rows.get(9).subList(5, 10))
                .containsExactly("false", "DUPLICATE_DEVICE", "true", "COUNTED_ON_REVIEW", "Dua warga, satu HP");
    }

    @Test
    void exportsNothingThatIdentifiesAResponseOrADevice() throws Exception {
        String body = csv(true);
        byte[] xlsx = download("responses.xlsx", ExportFile.XLSX, true).asByteArray();
        String workbookText =
                String.join("\n", xlsxRows(xlsx).stream().map(String::valueOf).toList());

        for (String column :
                List.of("public_id", "submission_key", "request_hash", "device_hash", "source_hash", "id")) {
            assertThat(HEADER).doesNotContain(column);
        }
        List<String> secrets = new ArrayList<>(fixture.publicIds);
        secrets.addAll(List.of("key-0", "key-again", "hp-0"));
        for (String column : List.of("request_hash", "device_hash", "source_hash")) {
            secrets.addAll(database.strings(
                    "select encode(" + column + ", 'hex') from survey_response where " + column + " is not null"));
        }
        assertThat(secrets).hasSizeGreaterThan(fixture.publicIds.size() + 3 + 9);
        for (String secret : secrets) {
            assertThat(body).doesNotContain(secret);
            assertThat(workbookText).doesNotContain(secret);
        }
    }

    @Test
    void xlsxHoldsTheSameContentAsTheCsv() throws Exception {
        Response response = download("responses.xlsx", ExportFile.XLSX, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(ExportFile.XLSX);
        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment; filename=\"suara-warga-si-mantab-v1-jawaban-")
                .endsWith(".xlsx\"");
        List<List<String>> csv = ExportFixture.parseCsv(csv(null).substring(1));

        List<List<String>> xlsx = xlsxRows(response.asByteArray());

        List<List<String>> expected = csv.stream()
                .map(row -> row.stream()
                        // in XLSX a text cell is never a formula: the text is as the resident wrote it
                        .map(cell -> cell.matches("'[=+\\-@\t\r].*") ? cell.substring(1) : cell)
                        .toList())
                .toList();
        assertThat(xlsx).isEqualTo(expected);
    }

    @Test
    void xlsxTypesNumbersDatesAndFlags() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                download("responses.xlsx", ExportFile.XLSX, null).asByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Jawaban");
            Row first = workbook.getFirstSheet().read().get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsDate(1).orElseThrow().toLocalDate())
                    .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")));
            assertThat(first.getCellAsBoolean(5)).contains(false);
            assertThat(first.getCellAsNumber(HEADER.indexOf("U1")))
                    .contains(BigDecimal.valueOf(ExportFixture.element(0, 1)));
        }
    }

    @Test
    void answersUnknownQuestionnaireWithNotFoundProblem() {
        Map<String, String> files =
                Map.of("responses.csv", "text/csv", "responses.xlsx", ExportFile.XLSX, "report.xlsx", ExportFile.XLSX);
        for (String file : files.keySet()) {
            json().accept(files.get(file))
                    .get("/api/v1/questionnaires/999999/" + file)
                    .then()
                    .spec(problem(
                            404,
                            "not-found",
                            "Questionnaire 999999 does not exist",
                            "/api/v1/questionnaires/999999/" + file));
        }
    }

    @Test
    void answersDraftWithInvalidStateProblemAndAuditsNothing() {
        long draft = Api.createDraft(Api.createProgram("63.71", "Program Draf"));
        long before = database.count("select count(*) from audit_event where target = 'questionnaire:" + draft + "'");

        json().accept("text/csv")
                .get("/api/v1/questionnaires/" + draft + "/responses.csv")
                .then()
                .spec(problem(
                        409,
                        "invalid-state",
                        "Questionnaire " + draft + " is a draft and has no responses",
                        "/api/v1/questionnaires/" + draft + "/responses.csv"));
        assertThat(database.count("select count(*) from audit_event where target = 'questionnaire:" + draft + "'"))
                .isEqualTo(before);
    }

    @Test
    void recordsAnAuditEventPerExport() {
        String target = "target = 'questionnaire:" + questionnaireId + "' and action = 'EXPORT'";
        long before = database.count("select count(*) from audit_event where " + target);

        csv(null);
        download("responses.xlsx", ExportFile.XLSX, false).then().statusCode(200);
        download("report.xlsx", ExportFile.XLSX, null).then().statusCode(200);

        assertThat(database.count("select count(*) from audit_event where " + target))
                .isEqualTo(before + 3);
        assertThat(database.strings(
                        "select detail ->> 'file' from audit_event where " + target + " order by id desc limit 3"))
                .containsExactly("report.xlsx", "responses.xlsx", "responses.csv");
    }

    /** Every row of the first sheet, each cell as text the way the CSV writes it. */
    static List<List<String>> xlsxRows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADER.size(); c++) {
                    cells.add(text(
                            row.getRowNum() > 1 && c == 1,
                            row.getOptionalCell(c).orElse(null)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(boolean date, Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (date) {
            return cell.asDate().toLocalDate().toString();
        }
        switch (cell.getType()) {
            case NUMBER:
                return cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return cell.asBoolean().toString();
            default:
                return cell.asString();
        }
    }
}
