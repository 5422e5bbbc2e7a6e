package id.suarawarga.response;

import static id.suarawarga.support.Api.createProgram;
import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kiosk/app API: definition, exactly-once submission with Idempotency-Key, validation and guards. */
@QuarkusTest
class PublicSurveyApiTest {

    static final String BASE = "/api/v1/public/questionnaires/si-mantab";

    @Inject
    Database database;

    long questionnaireId;

    @BeforeEach
    void publishedSkmQuestionnaire() {
        long program = createProgram("63.71", "Si Mantab");
        questionnaireId = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        json().post("/api/v1/questionnaires/" + questionnaireId + "/publish")
                .then()
                .statusCode(200);
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        answers.put("JENIS_KELAMIN", "P");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, i % 4 + 1);
        }
        answers.put("SARAN", "Antrean di loket 2 terlalu lama.");
        return answers;
    }

    static Response submit(String key, Map<String, Object> answers) {
        return json().header("Idempotency-Key", key)
                .body(Map.of("answers", answers))
                .post(BASE + "/responses");
    }

    long responses() {
        return database.count("select count(*) from survey_response");
    }

    @Test
    void servesThePublishedDefinitionWithoutInternalIds() {
        json().get(BASE)
                .then()
                .statusCode(200)
                .body("slug", equalTo("si-mantab"))
                .body("version", equalTo(1))
                .body("programName", equalTo("Si Mantab"))
                .body("questions", hasSize(15))
                .body("consent.id", notNullValue())
                .body("id", equalTo(null));
    }

    @Test
    void answersUnknownDraftClosedAndNotYetOpenWithTheRightProblem() {
        json().get("/api/v1/public/questionnaires/tidak-ada")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        long draftOnly = createProgram("63.71", "Portal Pendidikan");
        id.suarawarga.support.Api.createDraft(draftOnly);
        json().get("/api/v1/public/questionnaires/portal-pendidikan").then().statusCode(404);

        long later = createProgram("63.71", "Baiman Store");
        Map<String, Object> body = new HashMap<>(id.suarawarga.support.Api.questionnaire(
                later, List.of(id.suarawarga.support.Api.likert("MANFAAT", "BENEFIT"))));
        body.put("opensAt", "2099-01-01T00:00:00Z");
        long laterId = json().body(body)
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        id.suarawarga.support.Api.publish(laterId);
        json().get("/api/v1/public/questionnaires/baiman-store")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/questionnaire-not-open"))
                .body("detail", equalTo("The questionnaire 'baiman-store' opens at 2099-01-01T00:00:00Z"));

        json().post("/api/v1/questionnaires/" + questionnaireId + "/close")
                .then()
                .statusCode(200);
        json().get(BASE).then().statusCode(410).body("type", equalTo("/problems/questionnaire-closed"));
        submit("k-closed", answers()).then().statusCode(410);
        assertThat(responses()).isZero();
    }

    @Test
    void storesAResponseOnceAndReplaysTheSameKey() {
        Response first = submit("kiosk-1-000001", answers());
        first.then()
                .statusCode(201)
                .header("Idempotency-Replayed", "false")
                .body("id", notNullValue())
                .body("questionnaireVersion", equalTo(1))
                .body("submittedAt", notNullValue());

        submit("kiosk-1-000001", answers())
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.jsonPath().getString("id")))
                .body("submittedAt", equalTo(first.jsonPath().getString("submittedAt")));

        assertThat(responses()).isEqualTo(1);
        assertThat(
                        database.count(
                                "select count(*) from survey_response where channel = 'API' and language = 'id'"
                                        + " and notice_version = 1 and not flagged and answers ->> 'U1' = '2' and answers ->> 'USIA' = '25_34'"))
                .isEqualTo(1);
    }

    @Test
    void countsOutcomesInPrometheusMetrics() {
        double accepted = metric("suara_responses_total{channel=\"api\",outcome=\"accepted\"}");
        double replayed = metric("suara_responses_total{channel=\"api\",outcome=\"replayed\"}");
        double invalid = metric("suara_responses_total{channel=\"api\",outcome=\"invalid\"}");
        double duplicateFlags = metric("suara_responses_flagged_total{reason=\"duplicate_device\"}");
        double batchedRows = metric("suara_response_batch_rows_sum");
        double batches = metric("suara_response_batch_seconds_count");

        json().header("Idempotency-Key", "m1")
                .header("X-Device-Id", "d")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(201);
        json().header("Idempotency-Key", "m1")
                .header("X-Device-Id", "d")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(201);
        json().header("Idempotency-Key", "m2")
                .header("X-Device-Id", "d")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(201);
        submit("m3", Map.of("U1", 9)).then().statusCode(422);

        assertThat(metric("suara_responses_total{channel=\"api\",outcome=\"accepted\"}") - accepted)
                .isEqualTo(2);
        assertThat(metric("suara_responses_total{channel=\"api\",outcome=\"replayed\"}") - replayed)
                .isEqualTo(1);
        assertThat(metric("suara_responses_total{channel=\"api\",outcome=\"invalid\"}") - invalid)
                .isEqualTo(1);
        assertThat(metric("suara_responses_flagged_total{reason=\"duplicate_device\"}") - duplicateFlags)
                .isEqualTo(1);
        // the replay went through a batch too (its key was found taken there); the invalid one never reached one
        assertThat(metric("suara_response_batch_rows_sum") - batchedRows).isEqualTo(3);
        assertThat(metric("suara_response_batch_seconds_count") - batches).isBetween(1.0, 3.0);
        assertThat(id.suarawarga.support.Management.given()
                        .accept("text/plain")
                        .get("/q/metrics")
                        .asString())
                .contains("suara_submission_seconds_bucket");
    }

    /** A counter's current value from /q/metrics (0 before it exists). */
    static double metric(String series) {
        String text = id.suarawarga.support.Management.given()
                .accept("text/plain")
                .get("/q/metrics")
                .asString();
        // the Prometheus text format may end the label list with a comma: {a="1",}
        return text.lines()
                .map(l -> l.replace(",}", "}"))
                .filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst()
                .orElse(0);
    }

    @Test
    void refusesTheSameKeyWithDifferentAnswers() {
        submit("kiosk-1-000002", answers()).then().statusCode(201);
        Map<String, Object> changed = answers();
        changed.put("U1", 1);

        submit("kiosk-1-000002", changed)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body(
                        "detail",
                        equalTo(
                                "Idempotency-Key kiosk-1-000002 was already used for different answers; nothing was stored"));
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void requiresAnIdempotencyKey() {
        json().body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-required"));
        submit("spasi tidak boleh", answers())
                .then()
                .statusCode(400)
                .body("detail", equalTo("The Idempotency-Key must be 1–200 letters, digits or - _ . :"));
        assertThat(responses()).isZero();
    }

    @Test
    void rejectsInvalidAnswersAndWritesNothing() {
        Map<String, Object> bad = answers();
        bad.remove("U3");
        bad.put("U4", 7);
        bad.put("JENIS_KELAMIN", List.of("L", "P"));
        bad.put("SARAN", "x".repeat(1001));
        bad.put("BUKAN_PERTANYAAN", "?");
        Map<String, String> before = database.fingerprint();

        submit("kiosk-1-000003", bad)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"))
                .body(
                        "errors.pointer",
                        equalTo(List.of(
                                "/answers/BUKAN_PERTANYAAN",
                                "/answers/JENIS_KELAMIN",
                                "/answers/U3",
                                "/answers/U4",
                                "/answers/SARAN")))
                .body(
                        "errors.detail",
                        equalTo(List.of(
                                "the questionnaire has no question with this code",
                                "takes a single answer",
                                "an answer is required",
                                "is not one of the question's options",
                                "must be at most 1000 characters")));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void stopsUnder18WithoutStoringAnything() {
        Map<String, Object> minor = answers();
        minor.put("USIA", "U17");

        submit("kiosk-1-000004", minor)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/respondent-not-eligible"))
                .body(
                        "detail",
                        equalTo(
                                "The answer to USIA ends the questionnaire (a guardian's consent is needed); nothing was stored"));
        assertThat(responses()).isZero();
    }

    @Test
    void concurrentSubmissionsOfOneKeyStoreExactlyOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Response>> calls = IntStream.range(0, 32)
                    .<Callable<Response>>mapToObj(i -> () -> submit("kiosk-1-race", answers()))
                    .toList();
            List<Future<Response>> results = pool.invokeAll(calls);
            Set<String> ids = new java.util.HashSet<>();
            for (Future<Response> result : results) {
                assertThat(result.get().statusCode()).isEqualTo(201);
                ids.add(result.get().jsonPath().getString("id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void flagsASecondResponseFromTheSameDeviceByDefault() {
        json().header("Idempotency-Key", "a")
                .header("X-Device-Id", "tablet-7")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(201);
        json().header("Idempotency-Key", "b")
                .header("X-Device-Id", "tablet-7")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(201);

        assertThat(database.count("select count(*) from survey_response where not flagged"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where flag_reasons = '{DUPLICATE_DEVICE}'"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where device_hash like '%tablet%'"))
                .isZero();
    }

    @Test
    void rejectsOrAllowsASecondResponseByPolicy() {
        json().body(Map.of("policy", "REJECT"))
                .put("/api/v1/questionnaires/" + questionnaireId + "/duplicate-policy")
                .then()
                .statusCode(200)
                .body("duplicatePolicy", equalTo("REJECT"));
        json().header("Idempotency-Key", "a")
                .header("X-Device-Id", "hp-ibu-siti")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(201);
        json().header("Idempotency-Key", "b")
                .header("X-Device-Id", "hp-ibu-siti")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/already-answered"));
        assertThat(responses()).isEqualTo(1);

        json().body(Map.of("policy", "ALLOW"))
                .put("/api/v1/questionnaires/" + questionnaireId + "/duplicate-policy")
                .then()
                .statusCode(200);
        json().header("Idempotency-Key", "c")
                .header("X-Device-Id", "hp-ibu-siti")
                .body(Map.of("answers", answers()))
                .post(BASE + "/responses")
                .then()
                .statusCode(201);
        assertThat(database.count("select count(*) from survey_response where not flagged"))
                .isEqualTo(2);
    }

    @Test
    void keepsNoRawAddressAnywhere() {
        submit("kiosk-1-000005", answers()).then().statusCode(201);

        assertThat(database.count("select count(*) from survey_response where source_hash is not null"))
                .isEqualTo(1);
        for (String table : database.fingerprint().keySet()) {
            assertThat(database.count("select count(*) from " + table + " t where t::text like '%127.0.0.1%'"
                            + " or t::text like '%0:0:0:0:0:0:0:1%' or t::text like '%::1%'"))
                    .as(table)
                    .isZero();
        }
    }
}
