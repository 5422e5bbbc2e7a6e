package id.suarawarga.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Archiving a program through the API: the same rule and audit as the console's button. */
@QuarkusTest
class ProgramArchiveApiTest {

    @Inject
    Database database;

    @BeforeEach
    @AfterEach
    void clean() {
        database.wipe();
    }

    @Test
    void aProgramIsArchivedAndRestoredButNotWhileItsQuestionnaireTakesAnswers() {
        long id = Api.createProgram("63.71", "Si Mantab");
        long questionnaire = Api.createDraft(id);
        Api.publish(questionnaire);
        Api.json()
                .post("/api/v1/programs/" + id + "/archive")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-state"))
                .body("detail", org.hamcrest.Matchers.containsString("close it before archiving"));
        Api.json()
                .post("/api/v1/questionnaires/" + questionnaire + "/close")
                .then()
                .statusCode(200);
        Api.json()
                .post("/api/v1/programs/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("archivedAt", notNullValue());
        Api.json()
                .post("/api/v1/programs/" + id + "/restore")
                .then()
                .statusCode(200)
                .body("archivedAt", nullValue());
        assertThat(database.strings("select action from audit_event where target = 'program:" + id + "' order by id"))
                .containsExactly("PROGRAM_CREATED", "PROGRAM_ARCHIVED", "PROGRAM_RESTORED");
    }
}
