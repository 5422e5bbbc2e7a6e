package id.suarawarga.round;

import static id.suarawarga.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Evaluation rounds over the API: managed by the region's admin, audited with before and after, checked days. */
@QuarkusTest
class RoundResourceTest {

    private static final String ROUNDS = "/api/v1/regions/63.71/rounds";

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    static Map<String, Object> round(String name, String startsOn, String endsOn) {
        return Map.of("name", name, "year", 2024, "startsOn", startsOn, "endsOn", endsOn);
    }

    @Test
    void regionAdminCreatesListsChangesAndDeletesRoundsEachAudited() {
        Api.createRegion("63.71");
        Staff.Login admin = Staff.regionAdmin("63.71");
        JsonPath second = admin.json()
                .body(round("Tahap 2", "2024-07-01", "2024-10-31"))
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .header("Location", containsString(ROUNDS + "/"))
                .body("timeZone", equalTo("Asia/Makassar"))
                // 1 July 00:00 WITA (UTC+8) is 30 June 16:00 UTC; the last day is included
                .body("from", equalTo("2024-06-30T16:00:00Z"))
                .body("until", equalTo("2024-10-31T16:00:00Z"))
                .extract()
                .jsonPath();
        long first = admin.json()
                .body(round("Tahap 1", "2024-03-01", "2024-06-30"))
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        admin.json()
                .queryParam("year", 2024)
                .get(ROUNDS)
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("Tahap 1", "Tahap 2")));

        admin.json()
                .body(round("Tahap I", "2024-03-01", "2024-06-29"))
                .put(ROUNDS + "/" + first)
                .then()
                .statusCode(200)
                .body("name", equalTo("Tahap I"))
                .body("endsOn", equalTo("2024-06-29"));
        admin.json().delete(ROUNDS + "/" + second.getLong("id")).then().statusCode(204);
        admin.json().get(ROUNDS).then().statusCode(200).body("name", equalTo(List.of("Tahap I")));

        List<String> trail = database.strings(
                "select action || ' ' || target || ' ' || detail::text from audit_event where action like 'ROUND_%'"
                        + " order by id");
        assertThat(trail).hasSize(4);
        assertThat(trail.get(0)).startsWith("ROUND_CREATED round:" + second.getLong("id"));
        assertThat(trail.get(2))
                .startsWith("ROUND_CHANGED round:" + first)
                .contains("\"before\"")
                .contains("\"Tahap 1\"")
                .contains("\"after\"")
                .contains("\"Tahap I\"");
        assertThat(trail.get(3)).startsWith("ROUND_DELETED").contains("\"before\"");
    }

    @Test
    void refusesOverlappingDaysDaysOutsideTheYearAndTakenNamesWritingNothing() {
        Api.createRegion("63.71");
        Staff.Login admin = Staff.regionAdmin("63.71");
        admin.json()
                .body(round("Tahap 1", "2024-03-01", "2024-06-30"))
                .post(ROUNDS)
                .then()
                .statusCode(201);
        Map<String, String> before = database.fingerprint();

        admin.json()
                .body(round("Tahap 2", "2024-06-30", "2024-09-30"))
                .post(ROUNDS)
                .then()
                .spec(problem(409, "already-exists", "The days overlap another round of 2024 in this region", ROUNDS));
        admin.json()
                .body(round("tahap 1", "2024-07-01", "2024-09-30"))
                .post(ROUNDS)
                .then()
                .spec(problem(409, "already-exists", "The region already has a round named tahap 1 in 2024", ROUNDS));
        admin.json()
                .body(round("Tahap 3", "2024-12-01", "2025-01-31"))
                .post(ROUNDS)
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", ROUNDS))
                .body("errors[0].pointer", equalTo("/endsOn"));
        admin.json()
                .body(round("Tahap 3", "2024-09-30", "2024-09-01"))
                .post(ROUNDS)
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", ROUNDS));
        admin.json()
                .body(Map.of("name", " ", "year", 2024, "startsOn", "2024-09-01", "endsOn", "bukan tanggal"))
                .post(ROUNDS)
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"));
        admin.json()
                .get(ROUNDS + "/abc")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void onlyTheRegionsAdminManagesItsRoundsAndOtherRegionsDoNotSeeThem() {
        Api.createRegion("63.71");
        Api.createRegion("63.72");
        long round = Api.json()
                .body(round("Tahap 1", "2024-03-01", "2024-06-30"))
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Staff.Login otherAdmin = Staff.regionAdmin("63.72");
        otherAdmin.json().get(ROUNDS).then().spec(problem(404, "not-found", "Region 63.71 does not exist", ROUNDS));
        otherAdmin
                .json()
                .get("/api/v1/regions/63.72/rounds/" + round)
                .then()
                .spec(problem(
                        404,
                        "not-found",
                        "Round " + round + " does not exist",
                        "/api/v1/regions/63.72/rounds/" + round));
        long program = Api.createProgram("63.71", "Si Mantab");
        Staff.Login owner = Staff.owner("63.71", program);
        owner.json().get(ROUNDS).then().statusCode(200).body("name", equalTo(List.of("Tahap 1")));
        owner.json()
                .body(round("Tahap 2", "2024-07-01", "2024-09-30"))
                .post(ROUNDS)
                .then()
                .statusCode(403);
        Staff.regionEvaluator("63.71")
                .json()
                .delete(ROUNDS + "/" + round)
                .then()
                .statusCode(403);
        assertThat(database.count("select count(*) from evaluation_round")).isEqualTo(1);
    }
}
