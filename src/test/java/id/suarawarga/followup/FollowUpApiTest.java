package id.suarawarga.followup;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.suarawarga.publication.PublicResultsFixture;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The follow-up plan over the API: the weakest elements suggested, actions added and moved to done with a result,
 * bad requests refused field by field with nothing written, every change audited with before and after, and the
 * plan out of reach of another program's owner.
 */
@QuarkusTest
class FollowUpApiTest {

    /** U9 lowest, then U3, then U8. */
    static final int[][] ANSWERS = {
        {3, 3, 2, 4, 3, 3, 4, 2, 1},
        {4, 4, 2, 4, 4, 4, 4, 3, 2},
        {3, 3, 2, 3, 3, 3, 3, 3, 1},
        {3, 3, 3, 4, 3, 4, 4, 3, 2},
        {4, 3, 2, 4, 3, 3, 3, 3, 1},
    };

    @Inject
    Database database;

    long questionnaire;
    long program;

    @BeforeEach
    void publish() {
        questionnaire = PublicResultsFixture.published("63.71", "Si Mantab");
        program = json().get("/api/v1/questionnaires/" + questionnaire)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        for (int r = 0; r < ANSWERS.length; r++) {
            PublicResultsFixture.submit("si-mantab", "r" + r, ANSWERS[r], 3);
        }
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    static Map<String, Object> action(String status, String result) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "elements", List.of("U9", "U3"),
                "action", "Kotak saran dibuka setiap Jumat dan dijawab di papan pengumuman",
                "responsible", "Sekretariat DPMPTSP",
                "dueDate", "2024-10-31",
                "status", status));
        if (result != null) {
            body.put("result", result);
        }
        return body;
    }

    @Test
    void suggestsTheWeakestElementsAndKeepsTheActionsAnOwnerAdds() {
        Staff.Login owner = Staff.owner("63.71", program);
        String path = "/api/v1/questionnaires/" + questionnaire + "/follow-up-actions";
        owner.json()
                .get(path)
                .then()
                .statusCode(200)
                .body("weakestElements.element", equalTo(List.of("U9", "U3", "U8")))
                .body("weakestElements[0].name", equalTo("Penanganan Pengaduan, Saran dan Masukan"))
                .body("actions", hasSize(0));
        long id = owner.json()
                .body(action("PLANNED", null))
                .post(path)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(path + "/"))
                .body("elements", equalTo(List.of("U3", "U9")))
                .body("elementNames", equalTo(List.of("Waktu Penyelesaian", "Penanganan Pengaduan, Saran dan Masukan")))
                .body("status", equalTo("PLANNED"))
                .extract()
                .jsonPath()
                .getLong("id");
        owner.json()
                .body(action("DONE", "Pengaduan kini dijawab dalam 3 hari kerja"))
                .put(path + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("result", equalTo("Pengaduan kini dijawab dalam 3 hari kerja"));
        owner.json().get(path).then().body("actions.status", containsInAnyOrder("DONE"));

        List<String> audit = database.strings("select action || ' ' || detail::text from audit_event where action like"
                + " 'FOLLOW_UP%' order by id");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0))
                .startsWith("FOLLOW_UP_ADDED")
                .contains("\"after\"")
                .contains("PLANNED");
        assertThat(audit.get(1))
                .startsWith("FOLLOW_UP_CHANGED")
                .contains("\"before\": {")
                .contains("\"status\": \"PLANNED\"")
                .contains("\"status\": \"DONE\"")
                .contains("Pengaduan kini dijawab dalam 3 hari kerja");
    }

    @Test
    void refusesAnIncompleteActionFieldByFieldAndWritesNothing() {
        String path = "/api/v1/questionnaires/" + questionnaire + "/follow-up-actions";
        json().body(Map.of("elements", List.of("U10"), "action", " ", "status", "DONE"))
                .post(path)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.pointer",
                        containsInAnyOrder("/elements", "/action", "/responsible", "/dueDate", "/result"));
        json().body("{}").post(path).then().statusCode(422);
        assertThat(database.count("select count(*) from follow_up_action")).isZero();
        assertThat(database.count("select count(*) from audit_event where action like 'FOLLOW_UP%'"))
                .isZero();

        long id = json().body(action("IN_PROGRESS", null))
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        json().body(action("DONE", null))
                .put(path + "/" + id)
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/result"));
        json().get(path + "/" + id).then().body("status", equalTo("IN_PROGRESS"));
        json().get(path + "/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anotherProgramsOwnerCannotSeeOrChangeThePlan() {
        long other = json().body(Map.of(
                        "regionCode",
                        "63.71",
                        "year",
                        2024,
                        "name",
                        "Baiman Store",
                        "agency",
                        "Dinas Koperasi",
                        "subDimension",
                        "LAYANAN_PUBLIK"))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Staff.Login stranger = Staff.owner("63.71", other);
        String path = "/api/v1/questionnaires/" + questionnaire + "/follow-up-actions";
        stranger.json().get(path).then().statusCode(404);
        stranger.json().body(action("PLANNED", null)).post(path).then().statusCode(404);
        stranger.json()
                .body(Map.of("published", false))
                .put("/api/v1/questionnaires/" + questionnaire + "/result-publication")
                .then()
                .statusCode(404);
        assertThat(database.count("select count(*) from follow_up_action")).isZero();
        assertThat(database.count("select count(*) from result_publication")).isZero();
    }
}
