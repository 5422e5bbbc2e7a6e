package id.suarawarga.field;

import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A field officer (ENUMERATOR) collects for the programs assigned and nothing else: interviews and paper sheets for
 * their program (naming them), none for another program, and no scores, exports or dashboard.
 */
@QuarkusTest
class FieldAccessTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>(Map.of("USIA", "25_34"));
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 3);
        }
        return answers;
    }

    @Test
    void anOfficerCollectsForTheProgramsAssignedOnly() {
        long questionnaire = Surveys.publishedSkm();
        long program = json().get("/api/v1/questionnaires/" + questionnaire)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        long other = Api.createDraft(Api.createProgram("63.71", "Portal Pendidikan"));
        Api.publish(other);
        Staff.Login officer = Staff.create("ENUMERATOR", "63.71", List.of(program));
        String id = "2f0c7a64-3f55-4b8e-9d2a-6d1f0f4f7a10";

        officer.json()
                .body(Map.of("id", id, "answers", answers()))
                .post("/api/v1/questionnaires/" + questionnaire + "/interviews")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "false");
        officer.json()
                .body(Map.of("id", id, "answers", answers()))
                .post("/api/v1/questionnaires/" + questionnaire + "/interviews")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true");
        Map<String, Object> changed = answers();
        changed.put("U1", 1);
        officer.json()
                .body(Map.of("id", id, "answers", changed))
                .post("/api/v1/questionnaires/" + questionnaire + "/interviews")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        officer.json()
                .body(Map.of("batch", "posyandu-3", "sheet", 1, "answers", answers()))
                .post("/api/v1/questionnaires/" + questionnaire + "/paper-sheets")
                .then()
                .statusCode(201);
        assertThat(database.count(
                        "select count(*) from survey_response where channel = 'ENUMERATOR' and collected_by = "
                                + officer.id()))
                .isEqualTo(1);
        assertThat(database.count(
                        "select count(*) from survey_response where channel = 'PAPER' and collected_by is null"))
                .isEqualTo(1);

        // another program of the same region: as if it did not exist
        officer.json()
                .body(Map.of("id", "3f0c7a64-3f55-4b8e-9d2a-6d1f0f4f7a10", "answers", answers()))
                .post("/api/v1/questionnaires/" + other + "/interviews")
                .then()
                .statusCode(404);
        // collecting only: no scores, exports, dashboard or figures
        officer.json()
                .get("/api/v1/scores/questionnaires/" + questionnaire)
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic(officer.username(), officer.password())
                .accept("text/csv")
                .get("/api/v1/questionnaires/" + questionnaire + "/responses.csv")
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic(officer.username(), officer.password())
                .redirects()
                .follow(false)
                .get("/dasbor/kuesioner/" + questionnaire + "/pengumpulan")
                .then()
                .statusCode(403);
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(2);
    }

    @Test
    void anOfficerBelongsToARegion() {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "petugas-tanpa-daerah");
        body.put("displayName", "Petugas");
        body.put("role", "ENUMERATOR");
        body.put("password", "kata-sandi-uji-123");
        json().body(body)
                .post("/api/v1/staff-users")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/regionCode"));
    }
}
