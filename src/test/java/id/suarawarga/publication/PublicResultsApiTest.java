package id.suarawarga.publication;

import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Database;
import id.suarawarga.support.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public results API without sign-in: a region's year and a program's results as JSON and CSV, small cells
 * suppressed (n < 5), withdrawn and draft questionnaires and other regions invisible, 404 problems for unknown ones.
 */
@QuarkusTest
class PublicResultsApiTest {

    /** Six residents of "Si Mantab" (U1..U9); U3 is the weakest. */
    static final int[][] SIX = {
        {3, 3, 2, 4, 3, 3, 4, 3, 3}, {4, 4, 2, 4, 4, 4, 4, 3, 3}, {3, 3, 1, 3, 3, 3, 3, 3, 2},
        {3, 3, 2, 4, 3, 4, 4, 3, 3}, {4, 3, 2, 4, 3, 3, 3, 3, 3}, {3, 2, 2, 3, 2, 3, 3, 2, 2},
    };

    @Inject
    Database database;

    long shown;
    long small;
    long withdrawn;

    @BeforeEach
    void programs() {
        shown = PublicResultsFixture.published("63.71", "Si Mantab");
        for (int r = 0; r < SIX.length; r++) {
            PublicResultsFixture.submit("si-mantab", "r" + r, SIX[r], 3);
        }
        small = PublicResultsFixture.published("63.71", "Baiman Store");
        for (int r = 0; r < 4; r++) {
            PublicResultsFixture.submit("baiman-store", "r" + r, SIX[r], 4);
        }
        withdrawn = PublicResultsFixture.published("63.71", "Sungaiku Baiman");
        for (int r = 0; r < SIX.length; r++) {
            PublicResultsFixture.submit("sungaiku-baiman", "r" + r, SIX[r], 2);
        }
        json().body(Map.of("published", false))
                .put("/api/v1/questionnaires/" + withdrawn + "/result-publication")
                .then()
                .statusCode(200)
                .body("published", equalTo(false))
                .body("byDefault", equalTo(false));
        PublicResultsFixture.draft("63.71", "Portal Pendidikan");
        long elsewhere = PublicResultsFixture.published("64.72", "Parkir Pintar");
        for (int r = 0; r < SIX.length; r++) {
            PublicResultsFixture.submit("parkir-pintar", "r" + r, SIX[r], 3);
        }
        assertThat(elsewhere).isPositive();
        json().body(Map.of(
                        "elements",
                        List.of("U3"),
                        "action",
                        "Menambah satu loket pada jam sibuk",
                        "responsible",
                        "Bidang Pelayanan",
                        "dueDate",
                        "2024-11-30",
                        "status",
                        "DONE",
                        "result",
                        "Waktu tunggu turun dari 45 menjadi 20 menit"))
                .post("/api/v1/questionnaires/" + shown + "/follow-up-actions")
                .then()
                .statusCode(201);
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void showsAProgramsResultsWithItsFollowUpToAnyone() {
        JsonPath body = given().auth()
                .none()
                .get("/api/v1/public/results/programs/si-mantab")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .extract()
                .jsonPath();
        double expected = 0;
        for (int e = 0; e < 9; e++) {
            double sum = 0;
            for (int[] r : SIX) {
                sum += r[e];
            }
            expected += sum / SIX.length / 9 * 25;
        }
        assertThat(body.getBoolean("suppressed")).isFalse();
        assertThat(body.getLong("responses")).isEqualTo(6);
        assertThat(body.getDouble("ikm.konversi")).isCloseTo(expected, within(1e-4));
        assertThat(body.getString("ikm.category"))
                .isEqualTo(body.getString("ikm.category").substring(0, 1));
        assertThat(body.getDouble("ikm.low")).isLessThan(expected);
        assertThat(body.getDouble("ikm.high")).isGreaterThan(expected);
        assertThat(body.getBoolean("ikm.provisional")).isTrue();
        assertThat(body.getDouble("benefit.value")).isEqualTo(3.0);
        assertThat(body.getList("elements")).hasSize(9);
        assertThat(body.getString("elements.find { it.code == 'U3' }.nameEn")).isEqualTo("Completion time");
        assertThat(body.getDouble("elements.find { it.code == 'U3' }.konversi"))
                .isCloseTo((2 + 2 + 1 + 2 + 2 + 2) / 6.0 * 25, within(1e-4));
        assertThat(body.getString("periodFrom")).isNotNull();
        assertThat(body.getString("followUp[0].action")).isEqualTo("Menambah satu loket pada jam sibuk");
        assertThat(body.getString("followUp[0].status")).isEqualTo("DONE");
        assertThat(body.getList("followUp[0].elementNamesEn")).containsExactly("Completion time");
        assertThat(body.getString("program.regionName")).isEqualTo("Kota 63.71");
    }

    @Test
    void hidesEveryScoreOfFewerThanFiveRespondents() {
        JsonPath body = given().auth()
                .none()
                .get("/api/v1/public/results/programs/baiman-store")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(body.getBoolean("suppressed")).isTrue();
        assertThat(body.getMap("")).containsEntry("ikm", null).containsEntry("benefit", null);
        assertThat(body.getList("elements.konversi")).hasSize(9).containsOnlyNulls();
        assertThat(body.getList("elements.suppressed")).containsOnly(true);

        String csv = new String(
                given().auth()
                        .none()
                        .get("/api/v1/public/results/programs/baiman-store/results.csv")
                        .then()
                        .statusCode(200)
                        .contentType("text/csv")
                        .header("Cache-Control", "public, max-age=300")
                        .extract()
                        .body()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("measure,code,name,n,value,low,high,category,suppressed");
        assertThat(lines.get(1)).isEqualTo("IKM,IKM,Indeks Kepuasan Masyarakat (25-100),4,,,,,true");
        assertThat(lines.subList(2, lines.size()))
                .allSatisfy(line -> assertThat(line).matches(".*,[0-9]*,,,,,true"));
        assertThat(lines).hasSize(3 + 9); // header, IKM, benefit, nine elements
    }

    @Test
    void listsARegionsPublishedProgramsOnly() {
        JsonPath body = given().auth()
                .none()
                .get("/api/v1/public/results/regions/63.71/2024")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .extract()
                .jsonPath();
        assertThat(body.getList("programs.slug")).containsExactlyInAnyOrder("si-mantab", "baiman-store");
        assertThat(body.getString("programs.find { it.slug == 'baiman-store' }.ikm"))
                .isNull();
        assertThat(body.getBoolean("programs.find { it.slug == 'baiman-store' }.suppressed"))
                .isTrue();
        assertThat(body.getDouble("programs.find { it.slug == 'si-mantab' }.ikm.konversi"))
                .isPositive();

        String csv = new String(
                given().auth()
                        .none()
                        .get("/api/v1/public/results/regions/63.71/2024/programs.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .body()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFregion_code,region,year,program,");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("Si Mantab").contains("Baiman Store");
        assertThat(csv).doesNotContain("Sungaiku").doesNotContain("Portal").doesNotContain("Parkir");
        String baiman =
                csv.lines().filter(l -> l.contains("Baiman")).findFirst().orElseThrow();
        assertThat(baiman).endsWith(",4,true,,,,,,,");
    }

    @Test
    void answersUnknownWithdrawnAndDraftResultsAlikeWithA404Problem() {
        for (String slug : List.of("tidak-ada", "sungaiku-baiman", "portal-pendidikan")) {
            given().auth()
                    .none()
                    .get("/api/v1/public/results/programs/" + slug)
                    .then()
                    .spec(Problems.problem(
                            404,
                            "not-found",
                            "Public results " + slug + " does not exist",
                            "/api/v1/public/results/programs/" + slug));
            given().auth()
                    .none()
                    .get("/api/v1/public/results/programs/" + slug + "/results.csv")
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .none()
                .get("/api/v1/public/results/regions/99.99/2024")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // another region's programs stay in their own region's list
        assertThat(given().auth()
                        .none()
                        .get("/api/v1/public/results/regions/64.72/2024")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("programs.slug"))
                .containsExactly("parkir-pintar");
    }

    @Test
    void publicationIsAnAuditedDecisionThatTakesEffectAtOnce() {
        json().body(Map.of("published", true))
                .put("/api/v1/questionnaires/" + withdrawn + "/result-publication")
                .then()
                .statusCode(200)
                .body("published", equalTo(true))
                .body("publicPage", equalTo("/hasil/program/sungaiku-baiman"));
        given().auth()
                .none()
                .get("/api/v1/public/results/programs/sungaiku-baiman")
                .then()
                .statusCode(200);
        assertThat(database.strings("select detail::text from audit_event where action = 'RESULTS_PUBLICATION_CHANGED'"
                        + " order by id"))
                .containsExactly(
                        "{\"after\": {\"published\": false}, \"before\": {\"published\": true}}",
                        "{\"after\": {\"published\": true}, \"before\": {\"published\": false}}");
        json().body("{}")
                .put("/api/v1/questionnaires/" + withdrawn + "/result-publication")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/published"));
    }
}
