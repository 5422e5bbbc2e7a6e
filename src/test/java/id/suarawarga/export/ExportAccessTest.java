package id.suarawarga.export;

import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Problems.MEDIA_TYPE_PATTERN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may export: admins and the program's own owners; others learn nothing, not even that it exists. */
@QuarkusTest
class ExportAccessTest {

    static final Map<String, String> FILES =
            Map.of("responses.csv", "text/csv", "responses.xlsx", ExportFile.XLSX, "report.xlsx", ExportFile.XLSX);

    @Inject
    Database database;

    long questionnaireId;
    long programId;

    @BeforeEach
    void respond() {
        questionnaireId = Surveys.publishedSkm();
        programId = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("programId");
        new ExportFixture().submitAll();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    String path(String file) {
        return "/api/v1/questionnaires/" + questionnaireId + "/" + file;
    }

    static RequestSpecification anonymous() {
        return given().basePath("").auth().none();
    }

    @Test
    void anonymousCallersGetUnauthorizedProblem() {
        for (String file : FILES.keySet()) {
            anonymous()
                    .accept(FILES.get(file))
                    .get(path(file))
                    .then()
                    .statusCode(401)
                    .header("Content-Type", matchesPattern(MEDIA_TYPE_PATTERN))
                    .body("type", equalTo("/problems/unauthorized"));
        }
    }

    @Test
    void ownerOfAnotherProgramGetsNotFound() {
        long other = Api.createProgram("63.71", "Program Lain");
        Staff.Login owner = Staff.owner("63.71", other);

        for (String file : FILES.keySet()) {
            owner.json()
                    .accept(FILES.get(file))
                    .get(path(file))
                    .then()
                    .statusCode(404)
                    .header("Content-Type", matchesPattern(MEDIA_TYPE_PATTERN))
                    .body("type", equalTo("/problems/not-found"))
                    .body("detail", equalTo("Questionnaire " + questionnaireId + " does not exist"));
        }
        owner.json()
                .accept("text/html")
                .get("/dasbor/kuesioner/" + questionnaireId + "/laporan")
                .then()
                .statusCode(404);
    }

    @Test
    void ownerOfThisProgramDownloadsAndEachDownloadIsAudited() {
        Staff.Login owner = Staff.owner("63.71", programId);
        String events = "select count(*) from audit_event where action = 'EXPORT' and actor = '" + owner.username()
                + "' and target = 'questionnaire:" + questionnaireId + "' and region_code = '63.71'";

        for (String file : FILES.keySet()) {
            byte[] body = owner.json()
                    .accept(FILES.get(file))
                    .get(path(file))
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertThat(body.length).isGreaterThan(100);
        }
        owner.json()
                .accept("text/html")
                .get("/dasbor/kuesioner/" + questionnaireId + "/laporan")
                .then()
                .statusCode(200);

        assertThat(database.count(events)).isEqualTo(4);
        assertThat(database.strings("select detail ->> 'file' from audit_event where action = 'EXPORT' and actor = '"
                        + owner.username() + "' order by id"))
                .containsExactlyInAnyOrderElementsOf(
                        List.of("responses.csv", "responses.xlsx", "report.xlsx", "laporan (page)"));
    }

    @Test
    void evaluatorsMayNotExport() {
        Staff.Login evaluator = Staff.evaluator();

        for (String file : FILES.keySet()) {
            evaluator
                    .json()
                    .accept(FILES.get(file))
                    .get(path(file))
                    .then()
                    .statusCode(403)
                    .header("Content-Type", matchesPattern(MEDIA_TYPE_PATTERN));
        }
        evaluator
                .json()
                .accept("text/html")
                .get("/dasbor/kuesioner/" + questionnaireId + "/laporan")
                .then()
                .statusCode(403);
        assertThat(database.count("select count(*) from audit_event where action = 'EXPORT' and actor = '"
                        + evaluator.username() + "'"))
                .isZero();
    }

    @Test
    void anonymousVisitorsOfTheReportPageAreSentToSignIn() {
        var response = anonymous()
                .redirects()
                .follow(false)
                .accept("text/html")
                .get("/dasbor/kuesioner/" + questionnaireId + "/laporan");

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.header("Location")).contains("/masuk");
    }
}
