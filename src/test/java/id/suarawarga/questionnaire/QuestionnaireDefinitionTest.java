package id.suarawarga.questionnaire;

import static id.suarawarga.support.Api.createProgram;
import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Api.label;
import static id.suarawarga.support.Api.likert;
import static id.suarawarga.support.Api.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Creating questionnaires from scratch: defaults, structural rules, and the publish-time completeness check. */
@QuarkusTest
class QuestionnaireDefinitionTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void createsDraftWithDefaultsFilledIn() {
        long program = createProgram("63.71", "Si Mantab");
        List<Map<String, Object>> questions = List.of(
                likert("MANFAAT", "BENEFIT"),
                Map.of("type", "YES_NO", "text", Map.of("id", "Pernah memakai layanan ini?")),
                Map.of("type", "TEXT", "text", Map.of("id", "Komentar"), "tag", "SUGGESTION"),
                Map.of(
                        "type",
                        "NUMBER",
                        "text",
                        Map.of("id", "Berapa kali?"),
                        "minValue",
                        0,
                        "maxValue",
                        50,
                        "showIf",
                        Map.of("question", "Q1", "values", List.of("YES"))));

        JsonPath body = json().body(questionnaire(program, questions))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("publishedAt", nullValue())
                .extract()
                .jsonPath();

        assertThat(body.getList("questions.code")).containsExactly("MANFAAT", "Q1", "SUGGESTION", "Q2");
        assertThat(body.getList("questions.position")).containsExactly(1, 2, 3, 4);
        assertThat(body.getList("questions[0].options.value")).containsExactly("1", "2", "3", "4");
        assertThat(body.getList("questions[0].options.score")).containsExactly(1, 2, 3, 4);
        assertThat(body.getBoolean("questions[0].scored")).isTrue();
        assertThat(body.getList("questions[1].options.value")).containsExactly("YES", "NO");
        assertThat(body.getList("questions[1].options.label.id")).containsExactly("Ya", "Tidak");
        assertThat(body.getInt("questions[2].maxLength")).isEqualTo(1000);
        assertThat(body.getBoolean("questions[2].scored")).isFalse();
        assertThat(body.getBoolean("questions[2].required")).isFalse();
        assertThat(body.getString("questions[3].showIf.question")).isEqualTo("Q1");
        assertThat(body.getFloat("questions[3].maxValue")).isEqualTo(50f);
    }

    @Test
    void rejectsStructurallyWrongQuestionsAndWritesNothing() {
        long program = createProgram("63.71", "Si Mantab");
        List<Map<String, Object>> questions = List.of(
                Map.of("code", "A", "type", "LIKERT", "text", Map.of("id", "Tanpa skala")),
                Map.of("code", "B", "type", "TEXT", "text", Map.of("id", "Teks"), "options", List.of(label("x"))),
                Map.of(
                        "code",
                        "C",
                        "type",
                        "TEXT",
                        "text",
                        Map.of("id", "Skor teks"),
                        "tag",
                        "BENEFIT",
                        "scored",
                        true),
                likert("U1", "U1"),
                likert("U1b", "U1"),
                Map.of("code", "B", "type", "YES_NO", "text", Map.of("id", "Kode ganda")),
                Map.of(
                        "code",
                        "D",
                        "type",
                        "SINGLE_CHOICE",
                        "text",
                        Map.of("id", "Tergantung"),
                        "showIf",
                        Map.of("question", "NANTI", "values", List.of("1")),
                        "options",
                        List.of(
                                Map.of("value", "x", "label", Map.of("id", "X")),
                                Map.of("value", "x", "label", Map.of("id", "Y")))));
        Map<String, String> before = database.fingerprint();

        json().body(questionnaire(program, questions))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("title", equalTo("Validation failed"))
                .body("status", equalTo(422))
                .body("detail", equalTo("7 fields are invalid"))
                .body("instance", equalTo("/api/v1/questionnaires"))
                .body(
                        "errors.pointer",
                        equalTo(List.of(
                                "/questions/0/scalePoints",
                                "/questions/1/options",
                                "/questions/2/scored",
                                "/questions/4/tag",
                                "/questions/5/code",
                                "/questions/6/options/1/value",
                                "/questions/6/showIf/question")))
                .body("errors[0].detail", equalTo("a LIKERT question needs scalePoints (4 or 5)"))
                .body("errors[1].detail", equalTo("TEXT questions have no options"))
                .body(
                        "errors[3].detail",
                        equalTo("question U1 already measures U1; a questionnaire has one question per"
                                + " SKM element and profile attribute"))
                .body("errors[4].detail", equalTo("another question already uses the code 'B'"))
                .body("errors[5].detail", equalTo("duplicate option value 'x'"))
                .body("errors[6].detail", equalTo("no earlier question has the code 'NANTI'"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void rejectsSecondDraftForTheSameProgram() {
        long program = createProgram("63.71", "Si Mantab");
        long first = id.suarawarga.support.Api.createDraft(program);

        json().body(questionnaire(program, List.of()))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/already-exists"))
                .body(
                        "detail",
                        equalTo("Program " + program + " already has a draft (questionnaire " + first
                                + ", version 1); edit or delete it first"));
    }

    @Test
    void rejectsQuestionnaireForUnknownProgram() {
        json().body(questionnaire(999_999, List.of()))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("Program 999999 does not exist"));
    }

    @Test
    void publishListsEveryCompletenessProblemAtOnce() {
        long program = createProgram("63.71", "Si Mantab");
        List<Map<String, Object>> questions = List.of(
                Map.of(
                        "code",
                        "SKALA",
                        "type",
                        "LIKERT",
                        "scalePoints",
                        5,
                        "text",
                        Map.of("id", "Skala", "en", "Scale"),
                        "options",
                        List.of(label("1"), label("2"))),
                Map.of(
                        "code",
                        "PILIH",
                        "type",
                        "SINGLE_CHOICE",
                        "text",
                        Map.of("id", "Pilih", "en", "Choose"),
                        "options",
                        List.of(Map.of("value", "A", "label", Map.of("id", "A", "en", "A")))),
                Map.of(
                        "code",
                        "IKUT",
                        "type",
                        "TEXT",
                        "text",
                        Map.of("id", "Ikut"),
                        "showIf",
                        Map.of("question", "PILIH", "values", List.of("B"))));
        Map<String, Object> body = new java.util.HashMap<>(questionnaire(program, questions));
        body.put("title", Map.of("id", "Survei", "en", "Survey"));
        body.put("consent", Map.of("id", "Catatan", "en", "Notice"));
        long draft = json().body(body)
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, String> before = database.fingerprint();

        json().post("/api/v1/questionnaires/" + draft + "/publish")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/questionnaire-incomplete"))
                .body("title", equalTo("Questionnaire cannot be published"))
                .body("detail", equalTo("Questionnaire " + draft + " cannot be published: 6 problems to fix"))
                .body(
                        "errors.pointer",
                        equalTo(List.of(
                                "/questions/0/options",
                                "/questions/0/options/0/label/en",
                                "/questions/0/options/1/label/en",
                                "/questions/1/options",
                                "/questions/2/text/en",
                                "/questions/2/showIf/values/0")))
                .body(
                        "errors[0].detail",
                        equalTo("question SKALA: a 5-point scale needs a label for every point, has 2"))
                .body("errors[3].detail", equalTo("question PILIH: a choice needs at least 2 options, has 1"))
                .body("errors[5].detail", equalTo("question PILIH has no option 'B'"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void publishRejectsEmptyQuestionnaireAndShowIfOnLaterQuestion() {
        long program = createProgram("63.71", "Si Mantab");
        long empty = json().body(questionnaire(program, List.of()))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        json().post("/api/v1/questionnaires/" + empty + "/publish")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/questions"))
                .body("errors[0].detail", equalTo("a questionnaire needs at least one question"));
        json().delete("/api/v1/questionnaires/" + empty).then().statusCode(204);

        long draft = json().body(questionnaire(
                        program,
                        List.of(
                                Map.of("code", "PAKAI", "type", "YES_NO", "text", Map.of("id", "Pernah pakai?")),
                                Map.of(
                                        "code",
                                        "SEBERAPA",
                                        "type",
                                        "TEXT",
                                        "text",
                                        Map.of("id", "Ceritakan"),
                                        "showIf",
                                        Map.of("question", "PAKAI", "values", List.of("YES"))))))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        List<Long> ids = json().get("/api/v1/questionnaires/" + draft + "/questions")
                .jsonPath()
                .getList("id", Long.class);
        json().body(Map.of("questionIds", List.of(ids.get(1), ids.get(0))))
                .put("/api/v1/questionnaires/" + draft + "/questions/order")
                .then()
                .statusCode(200);

        json().post("/api/v1/questionnaires/" + draft + "/publish")
                .then()
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/questions/0/showIf/question"))
                .body(
                        "errors[0].detail",
                        equalTo("question SEBERAPA depends on PAKAI, which must come earlier in the questionnaire"));
    }

    @Test
    void publishRejectsClosingDateInThePast() {
        long program = createProgram("63.71", "Si Mantab");
        Map<String, Object> body =
                new java.util.HashMap<>(questionnaire(program, List.of(likert("MANFAAT", "BENEFIT"))));
        body.put("closesAt", "2020-01-01T00:00:00Z");
        long draft = json().body(body)
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        json().post("/api/v1/questionnaires/" + draft + "/publish")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/closesAt"))
                .body("errors[0].detail", equalTo("is in the past; residents could never answer"));
    }
}
