package id.suarawarga.score;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The evaluation's index scale is configuration: here 0–100 instead of the default 1–4. */
@QuarkusTest
@TestProfile(IndexScaleConfigTest.HundredPointIndex.class)
class IndexScaleConfigTest {

    /** An index running from 0 to 100. */
    public static class HundredPointIndex implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suara.score.index-min", "0", "suara.score.index-max", "100");
        }
    }

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void reportsScoresOnTheConfiguredIndexScale() {
        long questionnaire = Surveys.publishedSkm();
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, i <= 3 ? 3 : 4); // IKM = (3·3 + 6·4) / 9 = 11/3 on 1–4
        }
        json().header("Idempotency-Key", "index-1")
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);

        double index = json().get("/api/v1/scores/questionnaires/" + questionnaire)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE))
                .getDouble("ikm.index");
        // linear from the 1–4 basis onto 0–100: (11/3 − 1) / 3 × 100
        assertThat(index).isCloseTo((11.0 / 3 - 1) / 3 * 100, within(1e-6));
    }
}
