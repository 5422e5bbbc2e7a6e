package id.suarawarga.score;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Tidak tahu / tidak berlaku" (issue #18): the respondent counts, the element's score leaves the answer out (NRR_i
 * divides by those who gave a point), and the running aggregates agree with {@code scored_answers()} on the raw rows.
 */
@QuarkusTest
class DontKnowScoringTest {

    @Inject
    Database database;

    long questionnaireId;

    @BeforeEach
    void publish() {
        long program = Api.createProgram("63.71", "Si Mantab");
        questionnaireId = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(questionnaireId);
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static void submit(String key, Object u9, Object u1) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 3);
        }
        answers.put("U9", u9);
        answers.put("U1", u1);
        json().header("Idempotency-Key", key)
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);
    }

    @Test
    void dontKnowCountsTheRespondentButNotThePoint() {
        submit("a", 4, 3);
        submit("b", 2, 3);
        submit("c", "NA", 3);
        submit("d", "NA", 3);
        // not offered on U1: refused, nothing stored
        json().header("Idempotency-Key", "e")
                .body(Map.of("answers", Map.of("USIA", "25_34", "U1", "NA")))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(422);

        JsonPath scores = json().get("/api/v1/scores/questionnaires/" + questionnaireId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(scores.getLong("responses")).as("every respondent counts").isEqualTo(4);
        assertThat(scores.getLong("elements.find { it.element == 'U9' }.n")).isEqualTo(2);
        assertThat(scores.getDouble("elements.find { it.element == 'U9' }.nrr")).isCloseTo(3.0, within(1e-9));
        assertThat(scores.getLong("elements.find { it.element == 'U1' }.n")).isEqualTo(4);
        // IKM = Σ NRR_i / 9 with every NRR 3: "tidak tahu" pulls nothing down
        assertThat(scores.getDouble("ikm.value")).isCloseTo(3.0, within(1e-9));
        assertThat(database.count("select count(*) from survey_response where answers ->> 'U9' = 'NA'"))
                .isEqualTo(2);
        json().get("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-check")
                .then()
                .statusCode(200)
                .body("consistent", equalTo(true));
    }
}
