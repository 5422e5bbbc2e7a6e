package id.suarawarga.score;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The evaluation API: program scores, respondent-weighted roll-ups per sub-dimension/dimension/region, ETag, CSV. */
@QuarkusTest
class EvaluationApiTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    /** A new API client for the given regions; returns its key. */
    static String evaluatorKey(String... regions) {
        return json().body(Map.of("name", "Penilai", "regions", List.of(regions)))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("key");
    }

    static io.restassured.specification.RequestSpecification evaluator(String key) {
        return json().auth().none().header("Authorization", "Bearer " + key);
    }

    static long program(String name, String subDimension) {
        if (json().get("/api/v1/regions/63.71").statusCode() == 404) {
            Api.createRegion("63.71");
        }
        long id = json().body(Map.of(
                        "regionCode",
                        "63.71",
                        "year",
                        2024,
                        "name",
                        name,
                        "agency",
                        "Dinas",
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

    static void answer(String slug, String key, int everyElement) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, everyElement);
        }
        json().header("Idempotency-Key", key)
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/" + slug + "/responses")
                .then()
                .statusCode(201);
    }

    @Test
    void poolsProgramsByRespondentsPerSubDimensionDimensionAndRegion() {
        long siMantab = program("Si Mantab", "LAYANAN_PUBLIK");
        long portal = program("Portal Izin", "LAYANAN_PUBLIK");
        long store = program("Baiman Store", "TRANSACTION");
        for (int i = 0; i < 3; i++) {
            answer("si-mantab", "a" + i, 4);
        }
        answer("portal-izin", "b0", 2);
        answer("baiman-store", "c0", 3);

        String key = evaluatorKey("63.71");
        evaluator(key)
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(200)
                .body("scores.responses", equalTo(3))
                .body("scores.ikm.value", equalTo(4.0f))
                .body("scores.ikm.category", equalTo("A"))
                .body("questionnaireVersion", equalTo(1));

        JsonPath region = evaluator(key)
                .get("/api/v1/scores/regions/63.71/2024")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(region.getString("method")).startsWith("Respondent-weighted");
        String layanan =
                "dimensions.find { it.code == 'GOVERNANCE' }.subDimensions.find { it.code == 'LAYANAN_PUBLIK' }";
        // (3 respondents × 4 + 1 × 2) / 4 = 3.5, not the programs' plain average (4 + 2) / 2 = 3
        assertThat(region.getDouble(layanan + ".scores.ikm.value")).isCloseTo(3.5, within(1e-9));
        assertThat(region.getLong(layanan + ".scores.responses")).isEqualTo(4);
        assertThat(region.getList(layanan + ".programIds", Long.class)).containsExactlyInAnyOrder(siMantab, portal);
        assertThat(region.getList(layanan + ".questionnaires.version", Integer.class))
                .containsExactly(1, 1);
        assertThat(region.getDouble("dimensions.find { it.code == 'GOVERNANCE' }.scores.ikm.value"))
                .isCloseTo(3.5, within(1e-9));
        assertThat(region.getDouble("dimensions.find { it.code == 'ECONOMY' }.scores.ikm.value"))
                .isCloseTo(3.0, within(1e-9));
        assertThat(region.getDouble("scores.ikm.value")).isCloseTo((3 * 4 + 2 + 3) / 5.0, within(1e-9));
        assertThat(region.getLong("scores.responses")).isEqualTo(5);
        assertThat(region.getInt("scores.sample.targetPopulation")).isEqualTo(3000);
        assertThat(region.getObject("dimensions.find { it.code == 'LIVING' }.scores.ikm", Object.class))
                .isNull();
        assertThat(region.getList("dimensions.code"))
                .containsExactly("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT");

        JsonPath list = evaluator(key)
                .queryParam("region", "63.71")
                .queryParam("dimension", "GOVERNANCE")
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(list.getLong("totalItems")).isEqualTo(2);
        assertThat(list.getList("items.programId", Long.class)).doesNotContain(store);
    }

    @Test
    void regionAndDimensionTotalsStayProvisionalUntilEverySubDimensionMeetsTheQuota() {
        // the review: 35 responses in one program gave "B Baik, not provisional" for the region, five dimensions empty
        program("Si Mantab", "LAYANAN_PUBLIK");
        program("Baiman Store", "TRANSACTION");
        for (int i = 0; i < 35; i++) {
            answer("si-mantab", "cov" + i, 4);
        }
        JsonPath region = evaluator(evaluatorKey("63.71"))
                .get("/api/v1/scores/regions/63.71/2024")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(region.getLong("scores.responses")).isEqualTo(35);
        assertThat(region.getBoolean("scores.ikm.provisional")).isFalse(); // n ≥ 30: the estimate itself is fine
        assertThat(region.getBoolean("scores.provisional")).isTrue();
        assertThat(region.getMap("coverage"))
                .containsEntry("dimensions", 6)
                .containsEntry("dimensionsWithData", 1)
                .containsEntry("subDimensions", 18)
                .containsEntry("subDimensionsWithData", 1)
                .containsEntry("subDimensionsAtQuota", 0)
                .containsEntry("programs", 2)
                .containsEntry("programsWithData", 1)
                .containsEntry("complete", false);
        String governance = "dimensions.find { it.code == 'GOVERNANCE' }";
        assertThat(region.getBoolean(governance + ".scores.provisional")).isTrue();
        assertThat(region.getMap(governance + ".coverage"))
                .containsEntry("dimensions", 1)
                .containsEntry("subDimensions", 3)
                .containsEntry("subDimensionsWithData", 1)
                .containsEntry("programs", 1)
                .containsEntry("complete", false);
        // a sub-dimension keeps the plain rule: 35 respondents are not provisional
        assertThat(region.getBoolean(
                        governance + ".subDimensions.find { it.code == 'LAYANAN_PUBLIK' }.scores.provisional"))
                .isFalse();
    }

    @Test
    void answersNotModifiedWhileTheFiguresStayTheSame() {
        long siMantab = program("Si Mantab", "LAYANAN_PUBLIK");
        answer("si-mantab", "a0", 3);

        String key = evaluatorKey("63.71");
        var first = evaluator(key).get("/api/v1/scores/programs/" + siMantab);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("max-age=30").contains("private");
        evaluator(key)
                .header("If-None-Match", etag)
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(304);

        answer("si-mantab", "a1", 4);
        var changed = evaluator(key).header("If-None-Match", etag).get("/api/v1/scores/programs/" + siMantab);
        changed.then().statusCode(200).body("scores.responses", equalTo(2));
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void exportsTheProgramListAsCsvWithoutRunnableFormulas() {
        program("=HYPERLINK(\"x\")", "LAYANAN_PUBLIK");
        program("Si Mantab", "LAYANAN_PUBLIK");
        answer("si-mantab", "a0", 4);

        String csv = io.restassured.RestAssured.given()
                .auth()
                .none()
                .header("Authorization", "Bearer " + evaluatorKey("63.71"))
                .queryParam("region", "63.71")
                .get("/api/v1/scores/programs.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .startsWith("region,year,dimension,sub_dimension,program,agency,questionnaire_version,responses");
        assertThat(lines).hasSize(3);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(lines).anyMatch(l -> l.contains("\"Si Mantab\"") && l.contains(",1,true,4.0000,100.0000,A,"));
    }

    @Test
    void unknownRegionOrProgramIsNotFound() {
        Api.createRegion("63.71");
        String key = evaluatorKey("63.71");
        evaluator(key)
                .get("/api/v1/scores/regions/99.99/2024")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        evaluator(key).get("/api/v1/scores/programs/424242").then().statusCode(404);
    }

    @Test
    void refusesRequestsWithoutAValidKey() {
        long siMantab = program("Si Mantab", "LAYANAN_PUBLIK");
        var anonymous = json().auth().none().get("/api/v1/scores/programs/" + siMantab);
        anonymous
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"))
                .body("detail", containsString("Authorization: Bearer <API key>"));
        assertThat(anonymous.getHeaders().getValues("WWW-Authenticate"))
                .contains("Bearer realm=\"suara-warga\"", "Basic realm=\"suara-warga\", charset=\"UTF-8\"");
        evaluator("sw_not-a-key")
                .get("/api/v1/scores/regions/63.71/2024")
                .then()
                .statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));

        var created = json().body(Map.of("name", "Penilai", "regions", List.of("63.71")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        evaluator(created.getString("key"))
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(200);
        json().delete("/api/v1/api-clients/" + created.getLong("id")).then().statusCode(204);
        evaluator(created.getString("key"))
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(401);

        assertThat(database.count(
                        "select count(*) from api_client where key_hash like '%" + created.getString("key") + "%'"))
                .isZero();
        json().get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .body("[0].key", equalTo(null))
                .body("[0].revokedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aClientSeesOnlyItsRegionsAndLearnsNothingAboutOthers() {
        long siMantab = program("Si Mantab", "LAYANAN_PUBLIK");
        Api.createRegion("64.72");
        long other = json().body(Map.of(
                        "regionCode",
                        "64.72",
                        "year",
                        2024,
                        "name",
                        "Samarinda Smart",
                        "agency",
                        "Dinas",
                        "subDimension",
                        "LAYANAN_PUBLIK"))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String key = evaluatorKey("64.72");

        evaluator(key)
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Program " + siMantab + " does not exist"));
        evaluator(key).get("/api/v1/scores/regions/63.71/2024").then().statusCode(404);
        evaluator(key)
                .queryParam("region", "63.71")
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(404);
        evaluator(key)
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].programId", equalTo((int) other));
        evaluator(key)
                .get("/api/v1/scores/programs/" + other)
                .then()
                .statusCode(200)
                .body("questionnaireId", equalTo(null))
                .body("scores.responses", equalTo(0));
    }
}
