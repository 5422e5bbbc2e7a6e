package id.suarawarga.importing;

import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.suarawarga.support.Database;
import id.suarawarga.support.ImportFiles;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Imports through the API: a 1,000-row XLSX with 10 bad rows (the dry run names exactly those rows and writes nothing,
 * the import stores 990, importing it again stores 0), CSV as Indonesian Excel writes it, and every refusal as a
 * problem that writes nothing.
 */
@QuarkusTest
class ImportResourceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Set<Integer> BAD = Set.of(17, 118, 219, 320, 421, 522, 623, 724, 825, 1001);

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    static JsonPath upload(long questionnaire, byte[] file, String type, String name) {
        return given().basePath("")
                .contentType(type)
                .accept("application/json")
                .queryParam("fileName", name)
                .body(file)
                .post("/api/v1/questionnaires/" + questionnaire + "/imports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** The mapping the service suggested, taken as it is (as a person who checks and accepts it would). */
    static Map<String, Object> suggested(JsonPath upload) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Map<String, Object> column : upload.<Map<String, Object>>getList("columns")) {
            if (column.get("suggestedQuestion") != null) {
                Map<String, Object> mapped = new LinkedHashMap<>();
                mapped.put("column", column.get("column"));
                mapped.put("question", column.get("suggestedQuestion"));
                mapped.put("answers", column.get("suggestedAnswers"));
                columns.add(mapped);
            }
        }
        Map<String, Object> mapping = new HashMap<>();
        mapping.put("columns", columns);
        mapping.put("label", "impor-gform-2024");
        return mapping;
    }

    static JsonPath post(long questionnaire, String uploadId, String step, Map<String, Object> mapping) {
        return json().body(mapping)
                .post("/api/v1/questionnaires/" + questionnaire + "/imports/" + uploadId + "/" + step)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aThousandRowWorkbookWithTenBadRowsStoresNineHundredNinetyOnceOnly() {
        long questionnaire = Surveys.publishedSkm();
        byte[] file = ImportFiles.xlsx(ImportFiles.HEADERS, ImportFiles.rows(1000, BAD));

        JsonPath upload = upload(questionnaire, file, XLSX, "Form Responses 1.xlsx");
        assertThat(upload.getInt("rows")).isEqualTo(1000);
        assertThat(upload.getString("format")).isEqualTo("XLSX");
        // suggestions: headers by code or wording, answers by label, "4 - …", bare point and SKM words
        assertThat(upload.<String>getList("columns.suggestedQuestion"))
                .containsExactly(
                        null,
                        null,
                        "USIA",
                        "JENIS_KELAMIN",
                        "U1",
                        "U2",
                        "U3",
                        "U4",
                        "U5",
                        "U6",
                        "U7",
                        "U8",
                        "U9",
                        "SARAN");
        assertThat(upload.getString("columns[4].suggestedAnswers.'Sangat sesuai'"))
                .isEqualTo("4");
        assertThat(upload.getString("columns[5].suggestedAnswers.'Sangat Puas'"))
                .isEqualTo("4");
        assertThat(upload.getString("columns[5].suggestedAnswers.'Kurang Puas'"))
                .isEqualTo("2");
        assertThat(upload.getString("columns[6].suggestedAnswers.'7'")).isEqualTo("");
        assertThat(upload.getString("columns[12].suggestedAnswers.'3 - Berfungsi kurang maksimal'"))
                .isEqualTo("3");
        String id = upload.getString("id");
        Map<String, Object> mapping = suggested(upload);

        JsonPath dryRun = post(questionnaire, id, "dry-run", mapping);
        assertThat(dryRun.getBoolean("dryRun")).isTrue();
        assertThat(dryRun.getInt("rows")).isEqualTo(1000);
        assertThat(dryRun.getInt("accepted")).isEqualTo(990);
        assertThat(dryRun.getInt("refused")).isEqualTo(10);
        assertThat(new TreeSet<>(dryRun.<Integer>getList("problems.row"))).isEqualTo(new TreeSet<>(BAD));
        assertThat(dryRun.<Map<String, Object>>getList("problems")).hasSize(10);
        Map<String, Object> first = dryRun.getMap("problems[0]");
        assertThat(first)
                .containsEntry("row", 17)
                .containsEntry("column", "I")
                .containsEntry("question", "U5")
                .containsEntry("detailId", "wajib dijawab, tetapi selnya kosong")
                .containsEntry("detailEn", "an answer is required but the cell is empty");
        assertThat(dryRun.getString("problems.find { it.row == 118 }.detailEn"))
                .isEqualTo("\"7\" matches none of the options: match it in the answer mapping");
        assertThat(dryRun.getString("problems.find { it.row == 219 }.detailId"))
                .startsWith("jawaban \"Di bawah 18 tahun\" mengakhiri kuesioner");
        assertThat(dryRun.getString("problems.find { it.row == 320 }.detailId"))
                .isEqualTo("\"Lumayan\" tidak cocok dengan pilihan mana pun: cocokkan di pemetaan jawaban");
        assertThat(database.count("select count(*) from survey_response"))
                .as("a dry run writes nothing")
                .isZero();

        JsonPath run = post(questionnaire, id, "run", mapping);
        assertThat(run.getBoolean("dryRun")).isFalse();
        assertThat(run.getInt("stored")).isEqualTo(990);
        assertThat(run.getInt("alreadyImported")).isZero();
        assertThat(run.getInt("refused")).isEqualTo(10);
        assertThat(new TreeSet<>(run.<Integer>getList("problems.row"))).isEqualTo(new TreeSet<>(BAD));
        assertThat(database.count("select count(*) from survey_response where channel = 'IMPORT'"
                        + " and source_tag = 'impor-gform-2024' and not flagged and fill_seconds is null"))
                .isEqualTo(990);
        assertThat(database.count("select count(*) from survey_response where answers::text like '%@%'"))
                .as("the e-mail column was never mapped, so never stored")
                .isZero();
        // row 2 (i = 1): U1 "Kurang sesuai" = 2, U2 "Puas" = 3, U3 bare 4, U9 "2 - Ada tetapi …" = 2
        assertThat(database.count("select count(*) from survey_response where answers ->> 'U1' = '2'"
                        + " and answers ->> 'U2' = '3' and answers ->> 'U3' = '4' and answers ->> 'U9' = '2'"
                        + " and answers ->> 'USIA' = '25_34' and answers ->> 'JENIS_KELAMIN' = 'P'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(database.count("select count(*) from audit_event where action = 'RESPONSES_IMPORTED'"
                        + " and target = 'questionnaire:" + questionnaire + "' and detail ->> 'stored' = '990'"
                        + " and detail ->> 'refused' = '10'"))
                .isEqualTo(1);
        json().get("/api/v1/questionnaires/" + questionnaire + "/imports/" + id)
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));

        // the same file again: every row is recognised by its fingerprint, nothing new is stored
        JsonPath again = upload(questionnaire, file, XLSX, "Form Responses 1.xlsx");
        JsonPath second = post(questionnaire, again.getString("id"), "run", suggested(again));
        assertThat(second.getInt("stored")).isZero();
        assertThat(second.getInt("alreadyImported")).isEqualTo(990);
        assertThat(second.getInt("refused")).isEqualTo(10);
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(990);
    }

    @Test
    void csvAsIndonesianExcelSavesItIsReadWithItsQuotesAndRowIdsCatchAChangedRow() {
        long questionnaire = Surveys.publishedSkm();
        List<String> headers = new ArrayList<>(ImportFiles.HEADERS);
        List<List<String>> rows = ImportFiles.rows(6, Set.of());
        rows.get(1).set(13, "Baris dua;\nberlanjut \"dikutip\"");
        byte[] file = ImportFiles.csv(headers, rows, ';');

        JsonPath upload = upload(questionnaire, file, "text/csv", "jawaban.csv");
        assertThat(upload.getString("format")).isEqualTo("CSV");
        assertThat(upload.getInt("rows")).isEqualTo(6);
        assertThat(upload.getString("columns[0].header"))
                .as("the BOM is not part of the header")
                .isEqualTo("Timestamp");
        assertThat(upload.<String>getList("columns[13].values")).contains("Baris dua;\nberlanjut \"dikutip\"");
        Map<String, Object> mapping = suggested(upload);
        mapping.put("idColumn", 1);
        JsonPath run = post(questionnaire, upload.getString("id"), "run", mapping);
        assertThat(run.getInt("stored")).isEqualTo(6);
        assertThat(database.strings(
                        "select answers ->> 'SARAN' from survey_response where answers ? 'SARAN'" + " order by 1"))
                .contains("Baris dua;\nberlanjut \"dikutip\"");

        // the same timestamps with one answer changed: the row is recognised and refused, not stored twice
        rows.get(3).set(4, "Tidak sesuai".equals(rows.get(3).get(4)) ? "Sesuai" : "Tidak sesuai");
        JsonPath changed = upload(questionnaire, ImportFiles.csv(headers, rows, ','), "text/csv", "jawaban.csv");
        JsonPath report = post(questionnaire, changed.getString("id"), "run", mapping);
        assertThat(report.getInt("stored")).isZero();
        assertThat(report.getInt("alreadyImported")).isEqualTo(5);
        assertThat(report.getInt("refused")).isEqualTo(1);
        assertThat(report.getInt("problems[0].row")).isEqualTo(5);
        assertThat(report.getString("problems[0].detailEn")).startsWith("this row was imported before with other");
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(6);
    }

    @Test
    void windows1252CsvWithTabsIsRead() {
        long questionnaire = Surveys.publishedSkm();
        byte[] file = ("Usia\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\tSaran\r\n"
                        + "25–34 tahun\t4\t4\t4\t4\t4\t4\t4\t4\t4\tPelayanan bagus, café di lobi\r\n")
                .replace("–", "-")
                .getBytes(Charset.forName("windows-1252"));
        JsonPath upload = upload(questionnaire, file, "application/octet-stream", "tab.txt");
        assertThat(upload.<String>getList("columns[10].values")).containsExactly("Pelayanan bagus, café di lobi");
        Map<String, Object> mapping = suggested(upload);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) mapping.get("columns");
        columns.get(0).put("answers", Map.of("25-34 tahun", "25_34"));
        assertThat(post(questionnaire, upload.getString("id"), "run", mapping).getInt("stored"))
                .isEqualTo(1);
    }

    @Test
    void refusalsAreProblemsAndWriteNothing() {
        long questionnaire = Surveys.publishedSkm();
        Map<String, String> before = database.fingerprint();
        // not a table: binary with NUL bytes, an old .xls, a broken .xlsx, an empty file
        for (byte[] bad : List.of(
                new byte[] {1, 0, 2, 0, 3},
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9},
                new byte[0])) {
            given().basePath("")
                    .contentType("application/octet-stream")
                    .body(bad)
                    .post("/api/v1/questionnaires/" + questionnaire + "/imports")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors.pointer", hasItem("/file"));
        }
        // an unclosed quote
        given().basePath("")
                .contentType("text/csv")
                .body("U1;U2\n\"4;3\n")
                .post("/api/v1/questionnaires/" + questionnaire + "/imports")
                .then()
                .statusCode(422)
                .body("errors[0].detail", equalTo("A quote in row 2 is never closed."));
        // larger than the limit: refused before it is read
        given().basePath("")
                .contentType("text/csv")
                .body(new byte[10 * 1024 * 1024 + 70 * 1024])
                .post("/api/v1/questionnaires/" + questionnaire + "/imports")
                .then()
                .statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"));
        // a form post is not how files come to the API (a cross-site form could send one)
        given().basePath("")
                .multiPart("file", "a.csv", "U1\n4\n".getBytes(), "text/csv")
                .post("/api/v1/questionnaires/" + questionnaire + "/imports")
                .then()
                .statusCode(415);
        assertThat(database.fingerprint()).isEqualTo(before);

        // a wrong mapping: an unknown question, a question twice, a column that does not exist, required ones left out
        JsonPath upload = upload(
                questionnaire,
                ImportFiles.csv(ImportFiles.HEADERS, ImportFiles.rows(3, Set.of()), ';'),
                "text/csv",
                "x.csv");
        String id = upload.getString("id");
        json().body(Map.of(
                        "columns",
                        List.of(
                                Map.of("column", 5, "question", "U1"),
                                Map.of("column", 6, "question", "U1"),
                                Map.of("column", 99, "question", "NOPE")),
                        "label",
                        "Bukan Label!"))
                .post("/api/v1/questionnaires/" + questionnaire + "/imports/" + id + "/dry-run")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/columns/1/question"))
                .body("errors.pointer", hasItem("/columns/2/column"))
                .body("errors.pointer", hasItem("/columns/2/question"))
                .body("errors.pointer", hasItem("/label"))
                .body("errors.detail", hasItem("The required question U2 is not mapped to any column."));
        json().body(Map.of("columns", List.of(Map.of("column", 5, "question", "U1", "answers", Map.of("x", "9")))))
                .post("/api/v1/questionnaires/" + questionnaire + "/imports/" + id + "/run")
                .then()
                .statusCode(422)
                .body("errors.detail", hasItem("\"9\" is not an option of question U1."));
        json().body(Map.of("columns", List.of(Map.of("column", 5, "question", "U1"))))
                .post("/api/v1/questionnaires/" + questionnaire + "/imports/not-a-uuid/run")
                .then()
                .statusCode(404);
        assertThat(database.count("select count(*) from survey_response")).isZero();
        // forgetting an upload deletes the file
        json().delete("/api/v1/questionnaires/" + questionnaire + "/imports/" + id)
                .then()
                .statusCode(204);
        assertThat(database.count("select count(*) from import_upload")).isZero();
    }
}
