package id.suarawarga.common.http;

import static id.suarawarga.support.Api.createProgram;
import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import id.suarawarga.support.Database;
import id.suarawarga.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request has an id (the caller's sane X-Request-Id, else a new one) in its response header and in the MDC of
 * the log lines written while serving it; submissions leave no free-text answer and no key in any log line; score
 * reads are timed.
 */
@QuarkusTest
class RequestIdAndLogsTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    Database database;

    final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = ExtLogRecord.wrap(record);
            ext.copyMdc(); // now, on the thread that logs: the MDC is read lazily otherwise
            records.add(ext);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLogs() {
        database.wipe(); // another test class may have left a program of the same name
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        database.wipe();
    }

    @Test
    void answersWithTheCallersSaneIdOrANewOne() {
        given().header("X-Request-Id", "ingress-7f3a.01:x")
                .get("/api/v1/dimensions")
                .then()
                .header("X-Request-Id", equalTo("ingress-7f3a.01:x"));
        given().get("/api/v1/dimensions").then().header("X-Request-Id", matchesPattern(UUID));
        // not sane: spaces, too long, markup
        for (String bad : List.of("two words", "x".repeat(65), "<script>")) {
            given().header("X-Request-Id", bad)
                    .get("/api/v1/public/questionnaires/nothing-here")
                    .then()
                    .statusCode(404)
                    .header("X-Request-Id", matchesPattern(UUID));
        }
    }

    @Test
    void logLinesOfARequestCarryItsId() {
        long program = createProgram("63.71", "Si Mantab");
        long questionnaire = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        json().header("X-Request-Id", "publish-req-1")
                .post("/api/v1/questionnaires/" + questionnaire + "/publish")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("publish-req-1"));
        // the audit line is written on a worker thread, not the event loop that read the header
        assertThat(records)
                .filteredOn(r -> r.getFormattedMessage().contains("audit QUESTIONNAIRE_PUBLISHED"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getMdc("requestId")).isEqualTo("publish-req-1");
                    assertThat(r.getThreadName()).doesNotContain("eventloop");
                });
    }

    @Test
    void submissionsLeaveNoAnswerTextOrKeyInTheLogs() {
        long program = createProgram("63.71", "Si Mantab");
        long questionnaire = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        json().post("/api/v1/questionnaires/" + questionnaire + "/publish")
                .then()
                .statusCode(200);
        String secretText = "Pak Lurah Budi menerima pungli 50rb di loket";
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        answers.put("JENIS_KELAMIN", "P");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 3);
        }
        answers.put("SARAN", secretText);
        json().header("Idempotency-Key", "kunci-rahasia-42")
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);
        // a refused one too: its detail echoes nothing into the logs either
        answers.put("U1", 9);
        json().header("Idempotency-Key", "kunci-rahasia-43")
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(422);
        assertThat(records)
                .isNotEmpty()
                .noneSatisfy(r -> assertThat(r.getFormattedMessage() + r.getMdcCopy())
                        .containsAnyOf("Pak Lurah", "kunci-rahasia"));
    }

    @Test
    void scoreReadsAreTimed() {
        long program = createProgram("63.71", "Si Mantab");
        json().get("/api/v1/scores/programs/" + program).then().statusCode(200);
        Management.given()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("suara_score_read_seconds_bucket{"))
                .body(containsString("scope=\"program\""));
    }
}
