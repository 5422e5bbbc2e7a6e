package id.suarawarga.score;

import static id.suarawarga.score.EvaluationApiTest.answer;
import static id.suarawarga.score.EvaluationApiTest.evaluator;
import static id.suarawarga.score.EvaluationApiTest.evaluatorKey;
import static id.suarawarga.score.EvaluationApiTest.program;
import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.response.Channel;
import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scores per evaluation round and per channel: computed from the responses in the round's days (region's time zone,
 * both days included) or of the channels asked, through the same code path; a round covering everything gives the
 * running aggregates' figures exactly; a bad round or channel is a problem, never a 5xx.
 */
@QuarkusTest
class ScoreFilterApiTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static long round(String name, String startsOn, String endsOn) {
        return json().body(Map.of("name", name, "year", 2024, "startsOn", startsOn, "endsOn", endsOn))
                .post("/api/v1/regions/63.71/rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Six responses: answers 4,4,4 in round 1 (the last at 23:30 WITA on its last day), 2,2,3 in round 2. */
    private long sixResponsesInTwoRounds() {
        long siMantab = program("Si Mantab", "LAYANAN_PUBLIK");
        int[] points = {4, 4, 4, 2, 2, 3};
        for (int i = 0; i < points.length; i++) {
            answer("si-mantab", "r" + i, points[i]);
        }
        String[] at = {
            "2024-03-01 00:00+08", "2024-05-15 10:00+08", "2024-06-30 23:30+08",
            "2024-07-01 00:10+08", "2024-08-01 09:00+08", "2024-10-31 23:59+08"
        };
        var ids = database.strings("select id from survey_response order by id");
        for (int i = 0; i < at.length; i++) {
            database.execute("update survey_response set submitted_at = '" + at[i] + "' where id = " + ids.get(i));
        }
        // two of round 2's came on paper (the 2 and the 3), one of round 1's by a kiosk
        database.execute(
                "update survey_response set channel = 'PAPER' where id in (" + ids.get(4) + ", " + ids.get(5) + ")");
        database.execute("update survey_response set channel = 'KIOSK' where id = " + ids.get(0));
        return siMantab;
    }

    @Test
    void scoresPerRoundCountOnlyTheRoundsDaysInTheRegionsTimeZone() {
        long siMantab = sixResponsesInTwoRounds();
        long first = round("Tahap 1", "2024-03-01", "2024-06-30");
        long second = round("Tahap 2", "2024-07-01", "2024-10-31");
        String key = evaluatorKey("63.71");

        evaluator(key)
                .queryParam("round", first)
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(200)
                .body("scores.responses", equalTo(3))
                .body("scores.ikm.value", equalTo(4.0f));
        JsonPath region = evaluator(key)
                .queryParam("round", second)
                .get("/api/v1/scores/regions/63.71/2024")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(region.getLong("scores.responses")).isEqualTo(3);
        assertThat(region.getDouble("scores.ikm.value")).isCloseTo(7 / 3.0, within(1e-6));
        assertThat(region.getString("method")).contains("round 'Tahap 2' (2024-07-01 – 2024-10-31");
        evaluator(key)
                .queryParam("round", second)
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(200)
                .body("items[0].scores.responses", equalTo(3));
        long questionnaire = database.count("select id from questionnaire");
        json().queryParam("round", first)
                .get("/api/v1/scores/questionnaires/" + questionnaire)
                .then()
                .statusCode(200)
                .body("responses", equalTo(3))
                .body("elements[0].n", equalTo(3));
        String csv = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + key)
                .queryParam("round", second)
                .get("/api/v1/scores/programs.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(",3,true,");

        // without a round: every response, as before
        evaluator(key)
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(200)
                .body("scores.responses", equalTo(6));
    }

    @Test
    void aRoundCoveringEveryResponseGivesTheRunningAggregatesFigures() {
        long siMantab = sixResponsesInTwoRounds();
        long year = round("Setahun", "2024-01-01", "2024-12-31");
        JsonPath all = json().get("/api/v1/scores/programs/" + siMantab)
                .then()
                .extract()
                .jsonPath();
        JsonPath inRound = json().queryParam("round", year)
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(inRound.getLong("scores.responses")).isEqualTo(6);
        for (String figure : new String[] {"value", "konversi", "konversiLow", "konversiHigh", "index"}) {
            assertThat(inRound.getDouble("scores.ikm." + figure))
                    .as(figure)
                    .isCloseTo(all.getDouble("scores.ikm." + figure), within(1e-9));
        }
        assertThat(inRound.getString("scores.ikm.category")).isEqualTo(all.getString("scores.ikm.category"));
    }

    @Test
    void scoresPerChannelCombineWithRounds() {
        long siMantab = sixResponsesInTwoRounds();
        long second = round("Tahap 2", "2024-07-01", "2024-10-31");
        json().queryParam("channel", "PAPER")
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(200)
                .body("scores.responses", equalTo(2))
                .body("scores.ikm.value", equalTo(2.5f));
        json().queryParam("channel", "kiosk,paper")
                .get("/api/v1/scores/programs/" + siMantab)
                .then()
                .statusCode(200)
                .body("scores.responses", equalTo(3));
        json().queryParam("channel", "API")
                .queryParam("channel", "KIOSK")
                .queryParam("round", second)
                .get("/api/v1/scores/regions/63.71/2024")
                .then()
                .statusCode(200)
                .body("scores.responses", equalTo(1))
                .body("method", containsString("by channel KIOSK, API".replace("KIOSK, API", "API, KIOSK")));
    }

    @Test
    void aBadRoundOrChannelIsAProblemNeverAServerError() {
        long siMantab = sixResponsesInTwoRounds();
        String path = "/api/v1/scores/programs/" + siMantab;
        json().queryParam("round", "tahap-1")
                .get(path)
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        "round must be the id of an evaluation round (a positive number)",
                        path));
        json().queryParam("round", "-3").get(path).then().statusCode(400);
        json().queryParam("round", "999999999")
                .get(path)
                .then()
                .spec(problem(404, "not-found", "Round 999999999 does not exist", path));
        json().queryParam("channel", "FAX")
                .get("/api/v1/scores/regions/63.71/2024")
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        "Unknown channel 'FAX': use one of WEB, API, KIOSK, ENUMERATOR, PAPER, IMPORT",
                        "/api/v1/scores/regions/63.71/2024"));

        Api.createRegion("63.72");
        long elsewhere = json().body(
                        Map.of("name", "Tahap 1", "year", 2024, "startsOn", "2024-03-01", "endsOn", "2024-06-30"))
                .post("/api/v1/regions/63.72/rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        json().queryParam("round", elsewhere)
                .get(path)
                .then()
                .spec(problem(404, "not-found", "Round " + elsewhere + " of region 63.71 does not exist", path));
        json().queryParam("round", elsewhere)
                .queryParam("region", "63.71")
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(404);
        long nextYear = json().body(
                        Map.of("name", "Tahap 1", "year", 2025, "startsOn", "2025-03-01", "endsOn", "2025-06-30"))
                .post("/api/v1/regions/63.71/rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        json().queryParam("round", nextYear)
                .get("/api/v1/scores/regions/63.71/2024")
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        "Round " + nextYear + " (Tahap 1) is of the year 2025, not 2024",
                        "/api/v1/scores/regions/63.71/2024"));

        // a reader limited to another region does not learn that 63.71's round exists
        long round = round("Tahap 1", "2024-03-01", "2024-06-30");
        evaluator(evaluatorKey("63.72"))
                .queryParam("round", round)
                .get("/api/v1/scores/regions/63.72/2024")
                .then()
                .spec(problem(
                        404, "not-found", "Round " + round + " does not exist", "/api/v1/scores/regions/63.72/2024"));
    }

    @Test
    void theChannelsAFilterKnowsAreTheResponsesChannels() {
        assertThat(ScoreFilter.CHANNELS)
                .containsExactlyElementsOf(
                        Arrays.stream(Channel.values()).map(Enum::name).toList());
    }
}
