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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Running aggregates: maintained with every stored response, read for scores, checked and rebuilt from raw. */
@QuarkusTest
class ScoreAggregatesTest {

    /** Twelve respondents × nine SKM elements (U1..U9), answers 1–4. */
    static final int[][] ANSWERS = {
        {3, 3, 2, 4, 3, 3, 4, 3, 2}, {4, 4, 3, 4, 4, 4, 4, 3, 3}, {2, 3, 2, 3, 3, 3, 3, 2, 1},
        {3, 3, 3, 4, 3, 4, 4, 3, 2}, {4, 3, 2, 4, 3, 3, 3, 3, 3}, {3, 2, 2, 3, 2, 3, 3, 2, 2},
        {4, 4, 4, 4, 4, 4, 4, 4, 4}, {3, 3, 3, 3, 3, 3, 3, 3, 3}, {2, 2, 1, 4, 2, 2, 3, 2, 1},
        {3, 4, 3, 4, 3, 3, 4, 3, 2}, {4, 3, 3, 4, 3, 4, 4, 3, 3}, {3, 3, 2, 4, 3, 3, 3, 3, 2},
    };

    @Inject
    Database database;

    long questionnaireId;

    @BeforeEach
    void publish() {
        long program = Api.createProgram("63.71", "Si Mantab");
        questionnaireId = json().body(Map.of("programId", program, "templates", List.of("skm", "manfaat-program")))
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

    static Map<String, Object> answers(int[] skm, int benefit) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 0; i < 9; i++) {
            answers.put("U" + (i + 1), skm[i]);
        }
        answers.put("MANFAAT", benefit);
        answers.put("KEMUDAHAN_AKSES", benefit);
        answers.put("REKOMENDASI", benefit);
        answers.put("KEBERLANJUTAN", benefit);
        return answers;
    }

    static void submit(String key, String device, Map<String, Object> answers) {
        var request = json().header("Idempotency-Key", key);
        if (device != null) {
            request.header("X-Device-Id", device);
        }
        request.body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);
    }

    JsonPath scores(boolean includeFlagged) {
        return json().queryParam("includeFlagged", includeFlagged)
                .get("/api/v1/scores/questionnaires/" + questionnaireId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void scoresTheHandWorkedExampleFromAggregatesAndLeavesFlaggedOutByDefault() {
        for (int r = 0; r < ANSWERS.length; r++) {
            submit("r" + r, "phone-" + r, answers(ANSWERS[r], 3));
        }
        // two suspect responses: the same phones again (policy FLAG), all answers 1
        submit("again-0", "phone-0", answers(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, 1));
        submit("again-1", "phone-1", answers(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, 1));

        // IKM computed here from the raw matrix with DOMAIN.md's formula: NRR_i = mean of element i; IKM = Σ NRR_i / 9
        double ikm = 0;
        for (int element = 0; element < 9; element++) {
            double sum = 0;
            for (int[] respondent : ANSWERS) {
                sum += respondent[element];
            }
            ikm += sum / ANSWERS.length / 9;
        }
        JsonPath clean = scores(false);
        assertThat(clean.getLong("responses")).isEqualTo(12);
        assertThat(clean.getDouble("ikm.value")).isCloseTo(ikm, within(0.00005));
        assertThat(clean.getDouble("ikm.konversi")).isCloseTo(ikm * 25, within(0.0005));
        assertThat(clean.getString("ikm.category")).isEqualTo(ikm * 25 >= 76.61 ? "B" : "C");
        assertThat(clean.getBoolean("provisional")).isTrue();
        assertThat(clean.getDouble("benefit.value")).isCloseTo(3.0, within(1e-9));
        assertThat(clean.getList("lowestElements").get(0)).isEqualTo("U9");
        assertThat(clean.getList("questions.find { it.code == 'U3' }.distribution"))
                .containsExactly(1, 5, 5, 1);
        assertThat(clean.getInt("sample.quota")).isEqualTo(50);

        JsonPath all = scores(true);
        assertThat(all.getLong("responses")).isEqualTo(14);
        assertThat(all.getDouble("ikm.value")).isLessThan(clean.getDouble("ikm.value"));
    }

    @Test
    void aggregatesAgreeWithRawResponsesAfterConcurrentLoadAndRebuildRepairsThem() throws Exception {
        Random random = new Random(7);
        List<Callable<Void>> load = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            int[] skm = new int[9];
            for (int e = 0; e < 9; e++) {
                skm[e] = 1 + random.nextInt(4);
            }
            Map<String, Object> answers = answers(skm, 1 + random.nextInt(4));
            if (i % 5 == 0) {
                answers.remove("U" + (1 + random.nextInt(9))); // a skipped element must not break the maths
                answers.put("U3", 2);
            }
            String key = "load-" + (i % 200); // 40 retries of keys already used: replayed, never counted twice
            String device = i % 7 == 0 ? "shared-tablet" : "phone-" + i; // some flagged as repeated devices
            load.add(() -> {
                var request = json().header("Idempotency-Key", key)
                        .header("X-Device-Id", device)
                        .body(Map.of("answers", answers))
                        .post("/api/v1/public/questionnaires/si-mantab/responses");
                assertThat(request.statusCode()).isIn(201, 422);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<Void> done : pool.invokeAll(load)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        json().get("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-check")
                .then()
                .statusCode(200)
                .body("consistent", equalTo(true))
                .body("differences", equalTo(List.of()));
        assertThat(scores(true).getLong("responses")).isEqualTo(database.count("select count(*) from survey_response"));

        database.execute("update question_aggregate set n = n + 1, sum = sum + 4, sum_squares = sum_squares + 16,"
                + " histogram[4] = histogram[4] + 1 where question_code = 'U5' and not flagged and shard = ("
                + "select min(shard) from question_aggregate where question_code = 'U5' and not flagged)");
        JsonPath broken = json().get("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-check")
                .jsonPath();
        assertThat(broken.getBoolean("consistent")).isFalse();
        assertThat(broken.getList("differences", String.class))
                .singleElement()
                .asString()
                .startsWith("U5: responses say n=");

        json().post("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-rebuild")
                .then()
                .statusCode(200)
                .body("consistent", equalTo(false));
        json().get("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-check")
                .then()
                .body("consistent", equalTo(true));
    }

    @Test
    void rebuildingWhileResidentsSubmitNeitherLosesNorDoublesAnything() throws Exception {
        List<Callable<Void>> load = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int[] skm = {1 + i % 4, 2, 3, 4, 1 + i % 3, 2, 3, 4, 1};
            String key = "during-rebuild-" + i;
            int benefit = 1 + i % 4;
            load.add(() -> {
                submit(key, null, answers(skm, benefit));
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Void>> running = load.stream().map(pool::submit).toList();
            for (int r = 0; r < 5; r++) {
                json().post("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-rebuild")
                        .then()
                        .statusCode(200);
            }
            for (Future<Void> done : running) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        json().get("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-check")
                .then()
                .body("consistent", equalTo(true));
        assertThat(scores(false).getLong("responses")).isEqualTo(200);
    }

    @Test
    void draftsHaveNoScores() {
        long draft = Api.createDraft(Api.createProgram("63.71", "Portal Pendidikan"));
        json().get("/api/v1/scores/questionnaires/" + draft)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        json().get("/api/v1/scores/questionnaires/987654").then().statusCode(404);
    }
}
