package id.suarawarga.review;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review of flagged responses over the API: list, read, decide singly and by reason; scores and the running aggregates
 * follow exactly (checked against a full recount of the stored responses), nothing is deleted, every decision audited.
 */
@QuarkusTest
class ReviewApiTest {

    /** Clean respondents × U1..U9. */
    static final int[][] CLEAN = {
        {3, 3, 2, 4, 3, 3, 4, 3, 2}, {4, 4, 3, 4, 4, 4, 4, 3, 3}, {2, 3, 2, 3, 3, 3, 3, 2, 1},
        {3, 3, 3, 4, 3, 4, 4, 3, 2}, {4, 3, 2, 4, 3, 3, 3, 3, 3}, {3, 2, 2, 3, 2, 3, 3, 2, 2},
        {4, 4, 4, 4, 4, 4, 4, 4, 4}, {3, 3, 3, 3, 3, 3, 3, 3, 3},
    };

    /** Repeat respondents (same phones again, so flagged DUPLICATE_DEVICE). */
    static final int[][] REPEATS = {
        {1, 1, 1, 1, 1, 1, 1, 1, 1}, {4, 4, 4, 4, 4, 4, 4, 4, 4}, {2, 2, 2, 2, 2, 2, 2, 2, 2},
        {1, 2, 3, 4, 1, 2, 3, 4, 1}, {2, 2, 1, 4, 2, 2, 3, 2, 1}, {3, 4, 3, 4, 3, 3, 4, 3, 2},
    };

    @Inject
    Database database;

    long questionnaireId;
    long programId;

    @BeforeEach
    void publish() {
        programId = Api.createProgram("63.71", "Si Mantab");
        questionnaireId = json().body(Map.of("programId", programId, "templates", List.of("skm", "manfaat-program")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(questionnaireId);
        for (int r = 0; r < CLEAN.length; r++) {
            submit("clean-" + r, "phone-" + r, CLEAN[r]);
        }
        for (int r = 0; r < REPEATS.length; r++) {
            submit("again-" + r, "phone-" + r, REPEATS[r]);
        }
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    static void submit(String key, String device, int[] skm) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 0; i < 9; i++) {
            answers.put("U" + (i + 1), skm[i]);
        }
        for (String impact : List.of("MANFAAT", "KEMUDAHAN_AKSES", "REKOMENDASI", "KEBERLANJUTAN")) {
            answers.put(impact, skm[0]);
        }
        // a resident who leaves a way to reach them: masked before it is stored, so a reviewer never sees it
        // combined templates keep one comment box: the benefit template's KOMENTAR (issue #18)
        answers.put(
                "KOMENTAR",
                "Saran warga " + key.replace("-", " ") + (key.equals("again-1") ? ", WA 0812-3456-7890" : ""));
        json().header("Idempotency-Key", key)
                .header("X-Device-Id", device)
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);
    }

    /** DOMAIN.md's IKM konversi over the given respondents: Σ_i mean(U_i) / 9 × 25. */
    static double ikm(List<int[]> respondents) {
        double ikm = 0;
        for (int e = 0; e < 9; e++) {
            double sum = 0;
            for (int[] r : respondents) {
                sum += r[e];
            }
            ikm += sum / respondents.size() / 9;
        }
        return ikm * 25;
    }

    String base() {
        return "/api/v1/questionnaires/" + questionnaireId + "/flagged-responses";
    }

    JsonPath scores() {
        return json().get("/api/v1/scores/questionnaires/" + questionnaireId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The running aggregates equal a full recount of the stored responses (flagged and unflagged apart). */
    void assertAggregatesMatchARecount() {
        json().get("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-check")
                .then()
                .statusCode(200)
                .body("differences", equalTo(List.of()))
                .body("consistent", equalTo(true));
    }

    /** Ids of the repeats, in the order they were sent. */
    List<Long> repeatIds() {
        List<Long> ids = new ArrayList<>();
        json().queryParam("size", 100)
                .get(base())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("page.items.id", Long.class)
                .forEach(ids::add);
        return ids;
    }

    @Test
    void listsFlaggedResponsesWithTheirReasonsAndShowsOneWithoutAnythingIdentifying() {
        JsonPath list = json().get(base()).then().statusCode(200).extract().jsonPath();
        assertThat(list.getLong("byStatus.WAITING")).isEqualTo(6);
        assertThat(list.getLong("waitingByReason.DUPLICATE_DEVICE")).isEqualTo(6);
        assertThat(list.getLong("waitingByReason.TOO_FAST")).isZero();
        assertThat(list.getList("page.items.reasons[0]", String.class)).containsOnly("DUPLICATE_DEVICE");
        assertThat(list.getList("page.items.status", String.class)).containsOnly("WAITING");

        long first = list.getLong("page.items[0].id");
        String body = json().get(base() + "/" + first)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath one = JsonPath.from(body);
        assertThat(one.getString("answers.find { it.code == 'U1' }.answer")).isEqualTo("1 – Tidak sesuai");
        assertThat(one.getString("answers.find { it.code == 'U1' }.question")).startsWith("Bagaimana pendapat");
        assertThat(one.getString("answers.find { it.code == 'KOMENTAR' }.answer"))
                .isEqualTo("Saran warga again 0");
        assertThat(body)
                .doesNotContain("phone-")
                .doesNotContain("again-0\"")
                .doesNotContainIgnoringCase("hash")
                .doesNotContainIgnoringCase("publicId");

        long clean = database.count("select min(id) from survey_response where not flagged");
        json().get(base() + "/" + clean).then().statusCode(404).body("status", equalTo(404));
        assertThat(json().get(base() + "/" + list.getLong("page.items[1].id"))
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("answers.find { it.code == 'KOMENTAR' }.answer"))
                .isEqualTo("Saran warga again 1, WA [nomor telepon disamarkan]");
        assertThat(database.count("select count(*) from survey_response where answers::text like '%3456%'"))
                .isZero();
    }

    @Test
    void decisionsMoveScoresAndAggregatesExactlyAndDeleteNothing() {
        List<Long> ids = repeatIds();
        double before = scores().getDouble("ikm.konversi");
        assertThat(before).isCloseTo(ikm(List.of(CLEAN)), within(1e-4));

        // three counted, two rejected
        decide(Map.of("decision", "COUNTED", "note", "Warga asli di HP keluarga", "responseIds", ids.subList(0, 3)))
                .body("decided", equalTo(3))
                .body("moved", equalTo(3));
        decide(Map.of("decision", "REJECTED", "note", "Jawaban seragam, skrip", "responseIds", ids.subList(3, 5)))
                .body("decided", equalTo(2))
                .body("moved", equalTo(0));

        List<int[]> counted = new ArrayList<>(List.of(CLEAN));
        counted.addAll(List.of(REPEATS[0], REPEATS[1], REPEATS[2]));
        JsonPath after = scores();
        assertThat(after.getLong("responses")).isEqualTo(CLEAN.length + 3);
        assertThat(after.getDouble("ikm.konversi")).isCloseTo(ikm(counted), within(1e-4));
        assertAggregatesMatchARecount();
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(CLEAN.length + REPEATS.length);
        assertThat(database.count("select count(*) from survey_response where cardinality(flag_reasons) > 0"))
                .as("flag reasons are kept after a decision")
                .isEqualTo(REPEATS.length);

        JsonPath list = json().get(base()).then().extract().jsonPath();
        assertThat(list.getLong("byStatus.WAITING")).isEqualTo(1);
        assertThat(list.getLong("byStatus.COUNTED")).isEqualTo(3);
        assertThat(list.getLong("byStatus.REJECTED")).isEqualTo(2);
        JsonPath decided =
                json().get(base() + "/" + ids.get(3)).then().extract().jsonPath();
        assertThat(decided.getString("status")).isEqualTo("REJECTED");
        assertThat(decided.getString("note")).isEqualTo("Jawaban seragam, skrip");
        assertThat(decided.getBoolean("counted")).isFalse();

        // the one still waiting, by reason; then a change of mind on a counted one
        decide(Map.of("decision", "REJECTED", "note", "Sisa duplikat", "reason", "DUPLICATE_DEVICE"))
                .body("decided", equalTo(1))
                .body("responseIds", equalTo(List.of(ids.get(5).intValue())));
        decide(Map.of(
                        "decision",
                        "REJECTED",
                        "note",
                        "Setelah dicek ulang: bukan warga",
                        "responseIds",
                        List.of(ids.get(0))))
                .body("moved", equalTo(1));
        counted.remove(REPEATS[0]);
        assertThat(scores().getDouble("ikm.konversi")).isCloseTo(ikm(counted), within(1e-4));
        assertThat(scores().getLong("responses")).isEqualTo(CLEAN.length + 2);
        assertAggregatesMatchARecount();
        // a rebuild from the raw responses finds nothing to repair
        json().post("/api/v1/scores/questionnaires/" + questionnaireId + "/aggregate-rebuild")
                .then()
                .statusCode(200)
                .body("consistent", equalTo(true));
        assertThat(scores().getDouble("ikm.konversi")).isCloseTo(ikm(counted), within(1e-4));

        assertThat(database.count("select count(*) from audit_event where action = 'RESPONSES_REVIEWED'"))
                .isEqualTo(4);
        assertThat(database.strings("select detail::text from audit_event where action = 'RESPONSES_REVIEWED'"
                        + " order by id limit 1"))
                .singleElement()
                .asString()
                .contains("\"decision\": \"COUNTED\"")
                .contains("\"note\": \"Warga asli di HP keluarga\"");
        // issue #21: each decision with the responses' review status before and after (the change of mind too)
        assertThat(database.strings("select (detail->'changes'->'review'->'before')::text || ' > '"
                        + " || (detail->'changes'->'review'->'after')::text from audit_event"
                        + " where action = 'RESPONSES_REVIEWED' order by id"))
                .containsExactly(
                        "{\"WAITING\": 3} > {\"COUNTED\": 3}",
                        "{\"WAITING\": 2} > {\"REJECTED\": 2}",
                        "{\"WAITING\": 1} > {\"REJECTED\": 1}",
                        "{\"COUNTED\": 1} > {\"REJECTED\": 1}");
    }

    @Test
    void aDecisionWithoutAReasonOrOnAnUnknownResponseWritesNothing() {
        List<Long> ids = repeatIds();
        Map<String, String> before = database.fingerprint();
        decideExpecting(422, Map.of("decision", "COUNTED", "note", "  ", "responseIds", ids))
                .body("errors[0].pointer", equalTo("/note"));
        decideExpecting(422, Map.of("decision", "COUNTED", "note", "x", "responseIds", ids, "reason", "TOO_FAST"))
                .body("errors[0].pointer", equalTo("/responseIds"));
        decideExpecting(422, Map.of("note", "x", "responseIds", ids)).body("errors[0].pointer", equalTo("/decision"));
        long clean = database.count("select min(id) from survey_response where not flagged");
        decideExpecting(404, Map.of("decision", "COUNTED", "note", "x", "responseIds", List.of(ids.get(0), clean)))
                .body("detail", equalTo("Flagged response " + clean + " does not exist"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void onlyTheProgramsOwnersAndAdminsReview() {
        long id = repeatIds().get(0);
        Map<String, Object> body = Map.of("decision", "COUNTED", "note", "x", "responseIds", List.of(id));
        Staff.evaluator().json().get(base()).then().statusCode(403);
        long other = Api.createProgram("63.71", "Program Lain");
        Staff.owner("63.71", other)
                .json()
                .body(body)
                .post(base() + "/reviews")
                .then()
                .statusCode(404);
        Staff.owner("63.71", programId)
                .json()
                .body(body)
                .post(base() + "/reviews")
                .then()
                .statusCode(200)
                .body("decided", equalTo(1));
        assertThat(database.strings("select reviewed_by from survey_response where id = " + id))
                .singleElement()
                .asString()
                .startsWith("program-owner-");
    }

    io.restassured.response.ValidatableResponse decide(Map<String, Object> body) {
        return decideExpecting(200, body);
    }

    io.restassured.response.ValidatableResponse decideExpecting(int status, Map<String, Object> body) {
        return json().body(body).post(base() + "/reviews").then().statusCode(status);
    }
}
