package id.suarawarga.evidence;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.suarawarga.export.ExportFile;
import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence pack read back as a spreadsheet program would: its totals per program and for the region equal the
 * evaluation API's for the same region, year and round; it is a valid workbook with short sheet names, and a
 * formula-like program name stays text.
 */
@QuarkusTest
class EvidencePackTest {

    private static final String FORMULA_NAME = "=HYPERLINK(\"http://x.invalid\",\"klik\")";

    @Inject
    Database database;

    long round;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    static long program(String name, String subDimension) {
        long id = json().body(Map.of(
                        "regionCode",
                        "63.71",
                        "year",
                        2024,
                        "name",
                        name,
                        "agency",
                        "Dinas " + name,
                        "subDimension",
                        subDimension,
                        "targetPopulation",
                        1000))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long questionnaire = json().body(Map.of("programId", id, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(questionnaire);
        return id;
    }

    static void answer(long programId, String key, int first, int rest) {
        String slug = json().get("/api/v1/programs/" + programId)
                .then()
                .extract()
                .jsonPath()
                .getString("slug");
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, i == 1 ? first : rest);
        }
        json().header("Idempotency-Key", key)
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/" + slug + "/responses")
                .then()
                .statusCode(201);
    }

    /** Three programs in two dimensions (one named like a formula), a fourth without responses; a round. */
    @BeforeEach
    void region() {
        Api.createRegion("63.71");
        long siMantab = program("Si Mantab", "LAYANAN_PUBLIK");
        long formula = program(FORMULA_NAME, "LAYANAN_PUBLIK");
        long store = program("Baiman Store", "TRANSACTION");
        program("Sungaiku Baiman", "CITY_APPEARANCE_BRANDING");
        for (int i = 0; i < 7; i++) {
            answer(siMantab, "a" + i, 1 + i % 4, 3);
        }
        for (int i = 0; i < 3; i++) {
            answer(formula, "b" + i, 2, 2 + i % 3);
        }
        for (int i = 0; i < 4; i++) {
            answer(store, "c" + i, 4, 1 + i);
        }
        var ids = database.strings("select id from survey_response order by id");
        // four of Si Mantab's came on paper in May (the round); the rest in August
        database.execute("update survey_response set submitted_at = '2024-08-01 10:00+08'");
        for (int i = 0; i < 4; i++) {
            database.execute("update survey_response set channel = 'PAPER', submitted_at = '2024-05-0" + (i + 2)
                    + " 10:00+08' where id = " + ids.get(i));
        }
        database.execute("update survey_response set submitted_at = '2024-06-30 23:00+08' where id = " + ids.get(7));
        round = json().body(Map.of("name", "Tahap 1", "year", 2024, "startsOn", "2024-03-01", "endsOn", "2024-06-30"))
                .post("/api/v1/regions/63.71/rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static byte[] pack(String query) {
        return json().accept(ExportFile.XLSX)
                .get("/api/v1/evidence/63.71/2024/pack.xlsx" + query)
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"bukti-dukung-"))
                .extract()
                .asByteArray();
    }

    /** The Rekap sheet as maps of header → cell (numbers as BigDecimal, text as String). */
    private static List<Map<String, Object>> recap(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.findSheet("Rekap").orElseThrow();
            List<Row> rows = sheet.read();
            List<String> headers = new ArrayList<>();
            rows.get(0).forEach(c -> headers.add(c.asString()));
            List<Map<String, Object>> result = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                Map<String, Object> cells = new HashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    var cell = row.getOptionalCell(c);
                    if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
                        cells.put(headers.get(c), cell.get().asNumber());
                    } else if (cell.isPresent() && cell.get().getType() == CellType.STRING) {
                        cells.put(headers.get(c), cell.get().asString());
                    }
                }
                result.add(cells);
            }
            return result;
        }
    }

    private void assertTotalsEqualTheEvaluationApi(String query, long expectedRegionN) throws Exception {
        List<Map<String, Object>> recap = recap(pack(query));
        JsonPath region = json().get("/api/v1/scores/regions/63.71/2024" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath programs = json().get("/api/v1/scores/programs" + (query.isEmpty() ? "?" : query + "&")
                        + "region=63.71&year=2024&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> total = recap.stream()
                .filter(r -> "Daerah".equals(r.get("Tingkat")))
                .findFirst()
                .orElseThrow();
        assertThat(region.getLong("scores.responses")).isEqualTo(expectedRegionN);
        assertThat(number(total, "Responden (n)")).isEqualTo(expectedRegionN);
        assertThat(decimal(total, "IKM (1–4)")).isCloseTo(region.getDouble("scores.ikm.value"), within(1e-6));
        assertThat(decimal(total, "IKM konversi (25–100)"))
                .isCloseTo(region.getDouble("scores.ikm.konversi"), within(1e-4));

        List<Map<String, Object>> programRows =
                recap.stream().filter(r -> "Program".equals(r.get("Tingkat"))).toList();
        assertThat(programRows).hasSize(programs.getInt("totalItems"));
        for (int i = 0; i < programs.getInt("totalItems"); i++) {
            String name = programs.getString("items[" + i + "].name");
            Map<String, Object> row = programRows.stream()
                    .filter(r -> name.equals(r.get("Program")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for program " + name));
            assertThat(number(row, "Responden (n)"))
                    .as(name)
                    .isEqualTo(programs.getLong("items[" + i + "].scores.responses"));
            Object ikm = programs.get("items[" + i + "].scores.ikm.value");
            if (ikm == null) {
                assertThat(row.get("IKM (1–4)")).as(name).isNull();
            } else {
                assertThat(decimal(row, "IKM (1–4)")).as(name).isCloseTo(((Number) ikm).doubleValue(), within(1e-6));
            }
        }
        // each dimension and sub-dimension row as the region view's
        for (Map<String, Object> row : recap) {
            if ("Subdimensi".equals(row.get("Tingkat"))) {
                long n = region.getLong("dimensions.subDimensions.flatten().find { it.name == '" + row.get("Subdimensi")
                        + "' }.scores.responses");
                assertThat(number(row, "Responden (n)"))
                        .as((String) row.get("Subdimensi"))
                        .isEqualTo(n);
            }
        }
    }

    @Test
    void theYearsTotalsEqualTheEvaluationApi() throws Exception {
        assertTotalsEqualTheEvaluationApi("", 14);
    }

    @Test
    void aRoundsTotalsEqualTheEvaluationApisForThatRound() throws Exception {
        assertTotalsEqualTheEvaluationApi("?round=" + round, 5);
        List<Map<String, Object>> recap = recap(pack("?round=" + round));
        Map<String, Object> siMantab = recap.stream()
                .filter(r -> "Si Mantab".equals(r.get("Program")))
                .findFirst()
                .orElseThrow();
        assertThat(number(siMantab, "Kanal PAPER: Formulir kertas")).isEqualTo(4);
        assertThat(number(siMantab, "Kanal API: Aplikasi (API)")).isEqualTo(0);
        assertThat(siMantab.get("Kuota")).isEqualTo(new BigDecimal("50"));
        assertThat(siMantab.get("Jawaban pertama")).isEqualTo("2024-05-02");
        assertThat(siMantab.get("Jawaban terakhir")).isEqualTo("2024-05-05");
        Map<String, Object> formula = recap.stream()
                .filter(r -> FORMULA_NAME.equals(r.get("Program")))
                .findFirst()
                .orElseThrow();
        assertThat(number(formula, "Responden (n)")).isEqualTo(1); // its first answer came on 30 June, 23:00 WITA
        assertThat(formula.get("Jawaban pertama")).isEqualTo("2024-06-30");
    }

    @Test
    void opensAsASpreadsheetWithShortSheetNamesAndNoFormulas() throws Exception {
        byte[] xlsx = pack("");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(names).containsExactly("Ringkasan", "Rekap", "Metode");
            assertThat(names).allMatch(n -> n.length() <= 31);
            List<Row> method = workbook.findSheet("Metode").orElseThrow().read();
            String text = method.stream()
                    .map(r -> r.getCellText(0) + " " + r.getCellText(1))
                    .reduce("", String::concat);
            assertThat(text)
                    .contains("IKM = Σ NRR × 1/9")
                    .contains("≥ 88,31 A")
                    .contains("tidak dihitung")
                    .contains("t-Student")
                    .contains("sel kecil");
        }
        // the formula-like program name is a plain inline string, and no sheet holds a formula at all
        int sheets = 0;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bukti-dukung", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    sheets++;
                    String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).doesNotContain("<f>").doesNotContain("<f ");
                    if (xml.contains("HYPERLINK")) {
                        assertThat(xml).contains("t=\"inlineStr\"");
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(sheets).isEqualTo(3);
        Map<String, Object> formula = recap(xlsx).stream()
                .filter(r -> FORMULA_NAME.equals(r.get("Program")))
                .findFirst()
                .orElseThrow();
        assertThat(formula.get("Program")).isEqualTo(FORMULA_NAME);
    }

    @Test
    void isForTheRegionsAdminAndEvaluatorsNotForProgramOwners() {
        long program = database.count("select min(id) from program");
        Staff.regionAdmin("63.71")
                .json()
                .accept(ExportFile.XLSX)
                .get("/api/v1/evidence/63.71/2024/pack.xlsx")
                .then()
                .statusCode(200);
        Staff.owner("63.71", program)
                .json()
                .accept(ExportFile.XLSX)
                .get("/api/v1/evidence/63.71/2024/pack.xlsx")
                .then()
                .statusCode(403);
        Api.createRegion("63.72");
        Staff.regionAdmin("63.72")
                .json()
                .accept(ExportFile.XLSX)
                .get("/api/v1/evidence/63.71/2024/pack.xlsx")
                .then()
                .statusCode(404);
        json().accept("*/*")
                .get("/api/v1/evidence/63.71/2024/pack.xlsx?round=x")
                .then()
                .statusCode(400)
                .contentType(org.hamcrest.Matchers.containsString("application/problem+json"));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((BigDecimal) row.get(column)).longValueExact();
    }

    private static double decimal(Map<String, Object> row, String column) {
        return ((BigDecimal) row.get(column)).doubleValue();
    }
}
