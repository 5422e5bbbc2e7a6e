package id.suarawarga.questionnaire;

import static id.suarawarga.support.Api.createDraft;
import static id.suarawarga.support.Api.createProgram;
import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Api.likert;
import static id.suarawarga.support.Api.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DRAFT → PUBLISHED → CLOSED, versioning, and that nothing published can change. */
@QuarkusTest
class QuestionnaireLifecycleTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void publishesDraftAndFreezesIt() {
        long draft = createDraft(createProgram("63.71", "Si Mantab"));

        json().post("/api/v1/questionnaires/" + draft + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .body("closedAt", nullValue());

        Map<String, String> before = database.fingerprint();
        json().body(Map.of("title", Map.of("id", "Judul baru"), "consent", Map.of("id", "Catatan")))
                .put("/api/v1/questionnaires/" + draft)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-state"))
                .body("title", equalTo("Not allowed in the current state"))
                .body(
                        "detail",
                        equalTo("Questionnaire " + draft + " is PUBLISHED and can no longer change, so that its"
                                + " answers stay comparable; create a new version with POST /api/v1/questionnaires/"
                                + draft
                                + "/new-version"))
                .body("instance", equalTo("/api/v1/questionnaires/" + draft));
        json().body(likert("BARU", "SUSTAINABILITY"))
                .post("/api/v1/questionnaires/" + draft + "/questions")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        long questionId =
                json().get("/api/v1/questionnaires/" + draft).jsonPath().getLong("questions[0].id");
        json().body(likert("MANFAAT", "BENEFIT"))
                .put("/api/v1/questionnaires/" + draft + "/questions/" + questionId)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        json().delete("/api/v1/questionnaires/" + draft + "/questions/" + questionId)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        json().delete("/api/v1/questionnaires/" + draft).then().statusCode(409);
        json().post("/api/v1/questionnaires/" + draft + "/publish")
                .then()
                .statusCode(409)
                .body("detail", equalTo("Questionnaire " + draft + " is already PUBLISHED"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void schemaRefusesChangesToPublishedQuestionnaireEvenBypassingTheApi() {
        long draft = createDraft(createProgram("63.71", "Si Mantab"));
        publish(draft);

        assertThatThrownBy(() ->
                        database.execute("update question set text_id = 'diubah' where questionnaire_id = " + draft))
                .hasMessageContaining("its questions cannot change");
        assertThatThrownBy(() -> database.execute("update question_option set label_id = 'x' where question_id in"
                        + " (select id from question where questionnaire_id = " + draft + ")"))
                .hasMessageContaining("its questions cannot change");
        assertThatThrownBy(() -> database.execute("update questionnaire set title_id = 'x' where id = " + draft))
                .hasMessageContaining("its content cannot change");
        assertThatThrownBy(() -> database.execute("delete from questionnaire where id = " + draft))
                .hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> database.execute(
                        "update questionnaire set status = 'DRAFT', published_at = null where id = " + draft))
                .hasMessageContaining("questionnaire");
    }

    @Test
    void closesPublishedQuestionnaireOnly() {
        long program = createProgram("63.71", "Si Mantab");
        long draft = createDraft(program);

        json().post("/api/v1/questionnaires/" + draft + "/close")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-state"))
                .body(
                        "detail",
                        equalTo("Only a published questionnaire can be closed; questionnaire " + draft
                                + " is DRAFT (delete a draft instead)"));
        publish(draft);
        json().post("/api/v1/questionnaires/" + draft + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        json().post("/api/v1/questionnaires/" + draft + "/close").then().statusCode(409);
        json().post("/api/v1/questionnaires/" + draft + "/publish").then().statusCode(409);
    }

    @Test
    void newVersionCopiesContentAndPublishingItClosesThePreviousVersion() {
        long program = createProgram("63.71", "Si Mantab");
        long v1 = createDraft(program);
        publish(v1);

        long v2 = json().post("/api/v1/questionnaires/" + v1 + "/new-version")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/questionnaires/"))
                .body("version", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("programId", equalTo((int) program))
                .body("questions", hasSize(2))
                .body("questions.code", equalTo(java.util.List.of("MANFAAT", "AKSES")))
                .body(
                        "questions[0].options.label.id",
                        equalTo(java.util.List.of("Buruk", "Cukup", "Baik", "Sangat baik")))
                .extract()
                .jsonPath()
                .getLong("id");
        json().get("/api/v1/questionnaires/" + v1).then().body("status", equalTo("PUBLISHED"));

        json().post("/api/v1/questionnaires/" + v1 + "/new-version")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/already-exists"))
                .body(
                        "detail",
                        equalTo("Program " + program + " already has a draft (questionnaire " + v2
                                + ", version 2); edit or delete it first"));
        json().post("/api/v1/questionnaires/" + v2 + "/new-version")
                .then()
                .statusCode(409)
                .body("detail", equalTo("Questionnaire " + v2 + " is a draft: edit it directly"));

        json().body(likert("LANJUT", "SUSTAINABILITY"))
                .post("/api/v1/questionnaires/" + v2 + "/questions")
                .then()
                .statusCode(201);
        publish(v2);

        json().get("/api/v1/questionnaires/" + v1)
                .then()
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        json().get("/api/v1/questionnaires/" + v2)
                .then()
                .body("status", equalTo("PUBLISHED"))
                .body("questions", hasSize(3));
        json().get("/api/v1/questionnaires?programId=" + program + "&status=PUBLISHED")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) v2));
        // the closed v1 kept its two questions: versions stay comparable
        json().get("/api/v1/questionnaires/" + v1).then().body("questions", hasSize(2));
    }

    @Test
    void deletesDraftWithItsQuestions() {
        long draft = createDraft(createProgram("63.71", "Si Mantab"));

        json().delete("/api/v1/questionnaires/" + draft).then().statusCode(204);

        json().get("/api/v1/questionnaires/" + draft)
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("Questionnaire " + draft + " does not exist"));
        assertThat(database.count("select count(*) from question")).isZero();
        assertThat(database.count("select count(*) from question_option")).isZero();
    }

    @Test
    void updatesDraftHeader() {
        long draft = createDraft(createProgram("63.71", "Si Mantab"));

        json().body(Map.of(
                        "title",
                        Map.of("id", "Survei 2024", "en", "Survey 2024"),
                        "intro",
                        Map.of("id", "Halo"),
                        "consent",
                        Map.of("id", "Catatan privasi", "en", "Privacy notice"),
                        "opensAt",
                        "2030-01-01T00:00:00Z",
                        "closesAt",
                        "2030-03-01T00:00:00Z"))
                .put("/api/v1/questionnaires/" + draft)
                .then()
                .statusCode(200)
                .body("title.en", equalTo("Survey 2024"))
                .body("intro.id", equalTo("Halo"))
                .body("intro.en", nullValue())
                .body("opensAt", equalTo("2030-01-01T00:00:00Z"));

        Map<String, String> before = database.fingerprint();
        json().body(Map.of(
                        "title",
                        Map.of("id", "x"),
                        "consent",
                        Map.of("id", "y"),
                        "opensAt",
                        "2030-03-01T00:00:00Z",
                        "closesAt",
                        "2030-01-01T00:00:00Z"))
                .put("/api/v1/questionnaires/" + draft)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].pointer", equalTo("/closesAt"))
                .body("errors[0].detail", equalTo("must be after opensAt"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }
}
