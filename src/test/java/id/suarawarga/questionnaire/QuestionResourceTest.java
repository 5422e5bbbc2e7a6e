package id.suarawarga.questionnaire;

import static id.suarawarga.support.Api.createDraft;
import static id.suarawarga.support.Api.createProgram;
import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Api.likert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing the questions of a draft: add, insert, replace, delete, reorder. */
@QuarkusTest
class QuestionResourceTest {

    @Inject
    Database database;

    long draft;
    String questions;

    @BeforeEach
    void draft() {
        draft = createDraft(createProgram("63.71", "Si Mantab")); // MANFAAT, AKSES
        questions = "/api/v1/questionnaires/" + draft + "/questions";
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private List<String> codes() {
        return json().get(questions).jsonPath().getList("code");
    }

    private long idOf(String code) {
        return json().get(questions).jsonPath().getLong("find { it.code == '" + code + "' }.id");
    }

    @Test
    void appendsAndInsertsQuestions() {
        long id = json().body(likert("LANJUT", "SUSTAINABILITY"))
                .post(questions)
                .then()
                .statusCode(201)
                .body("position", equalTo(3))
                .extract()
                .jsonPath()
                .getLong("id");
        json().get(questions + "/" + id).then().statusCode(200).body("code", equalTo("LANJUT"));

        json().body(Map.of("code", "PAKAI", "type", "YES_NO", "text", Map.of("id", "Pernah pakai?")))
                .queryParam("position", 1)
                .post(questions)
                .then()
                .statusCode(201)
                .header("Location", endsWith(questions + "/" + idOf("PAKAI")))
                .body("position", equalTo(1));

        assertThat(codes()).containsExactly("PAKAI", "MANFAAT", "AKSES", "LANJUT");
        assertThat(json().get(questions).jsonPath().getList("position")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void rejectsPositionOutsideTheQuestionnaire() {
        Map<String, String> before = database.fingerprint();
        json().body(likert("LANJUT", "SUSTAINABILITY"))
                .queryParam("position", 4)
                .post(questions)
                .then()
                .statusCode(422)
                .body("errors[0].parameter", equalTo("position"))
                .body("errors[0].detail", equalTo("must be between 1 and 3"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void replacesQuestionAndCarriesRenamedCodeIntoShowIf() {
        json().body(Map.of(
                        "code",
                        "CERITA",
                        "type",
                        "TEXT",
                        "text",
                        Map.of("id", "Ceritakan"),
                        "showIf",
                        Map.of("question", "MANFAAT", "values", List.of("3", "4"))))
                .post(questions)
                .then()
                .statusCode(201);

        Map<String, Object> renamed = new java.util.HashMap<>(likert("MANFAAT_PROGRAM", "BENEFIT"));
        json().body(renamed)
                .put(questions + "/" + idOf("MANFAAT"))
                .then()
                .statusCode(200)
                .body("code", equalTo("MANFAAT_PROGRAM"))
                .body("position", equalTo(1));

        json().get(questions + "/" + idOf("CERITA")).then().body("showIf.question", equalTo("MANFAAT_PROGRAM"));
        json().post("/api/v1/questionnaires/" + draft + "/publish").then().statusCode(200);
    }

    @Test
    void refusesToDeleteQuestionOthersDependOn() {
        json().body(Map.of(
                        "code",
                        "CERITA",
                        "type",
                        "TEXT",
                        "text",
                        Map.of("id", "Ceritakan"),
                        "showIf",
                        Map.of("question", "AKSES", "values", List.of("1"))))
                .post(questions)
                .then()
                .statusCode(201);
        Map<String, String> before = database.fingerprint();

        json().delete(questions + "/" + idOf("AKSES"))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/in-use"))
                .body("detail", equalTo("Question AKSES decides whether CERITA are shown; change their show-if first"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void deletesQuestionAndRenumbers() {
        json().delete(questions + "/" + idOf("MANFAAT")).then().statusCode(204);

        assertThat(codes()).containsExactly("AKSES");
        assertThat(json().get(questions).jsonPath().getList("position")).containsExactly(1);
    }

    @Test
    void reordersQuestions() {
        json().body(Map.of("questionIds", List.of(idOf("AKSES"), idOf("MANFAAT"))))
                .put(questions + "/order")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("AKSES", "MANFAAT")))
                .body("position", equalTo(List.of(1, 2)));
        assertThat(codes()).containsExactly("AKSES", "MANFAAT");
    }

    @Test
    void rejectsOrderThatIsNotAPermutation() {
        Map<String, String> before = database.fingerprint();
        json().body(Map.of("questionIds", List.of(idOf("AKSES"), idOf("AKSES"))))
                .put(questions + "/order")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/questionIds"))
                .body(
                        "errors[0].detail",
                        equalTo("must list each of the 2 question ids of the questionnaire exactly once"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void answersNotFoundForQuestionOfAnotherQuestionnaire() {
        long other = createDraft(createProgram("63.71", "Portal Pendidikan"));
        long foreign = json().get("/api/v1/questionnaires/" + other + "/questions")
                .jsonPath()
                .getLong("[0].id");

        json().get(questions + "/" + foreign)
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("Question " + foreign + " of questionnaire " + draft + " does not exist"));
        json().delete(questions + "/" + foreign).then().statusCode(404);
        json().get("/api/v1/questionnaires/424242/questions").then().statusCode(404);
    }
}
