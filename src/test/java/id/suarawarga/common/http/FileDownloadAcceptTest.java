package id.suarawarga.common.http;

import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Problems.problem;
import static org.hamcrest.Matchers.startsWith;

import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every CSV/XLSX download answers whenever one of the accepted types fits; errors are problem+json. */
@QuarkusTest
class FileDownloadAcceptTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String WHAT_GENERATORS_SEND = "text/csv, application/problem+json";

    @Inject
    Database database;

    long questionnaireId;

    @BeforeEach
    void publish() {
        questionnaireId = Surveys.publishedSkm();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void servesEveryCsvToTheAcceptOfAGeneratedClient() {
        for (String path : new String[] {
            "/api/v1/scores/programs.csv", "/api/v1/questionnaires/" + questionnaireId + "/responses.csv"
        }) {
            for (String accept :
                    new String[] {WHAT_GENERATORS_SEND, "application/problem+json", "application/json", "*/*"}) {
                json().accept(accept).get(path).then().statusCode(200).contentType(startsWith("text/csv"));
            }
        }
    }

    @Test
    void servesEveryXlsxToTheAcceptOfAGeneratedClient() {
        for (String file : new String[] {"responses.xlsx", "report.xlsx"}) {
            for (String accept : new String[] {XLSX + ", application/problem+json", "application/problem+json"}) {
                json().accept(accept)
                        .get("/api/v1/questionnaires/" + questionnaireId + "/" + file)
                        .then()
                        .statusCode(200)
                        .contentType(startsWith(XLSX));
            }
        }
    }

    @Test
    void answersErrorsOfADownloadAsProblems() {
        String path = "/api/v1/questionnaires/999999/responses.csv";
        json().accept(WHAT_GENERATORS_SEND)
                .get(path)
                .then()
                .spec(problem(404, "not-found", "Questionnaire 999999 does not exist", path));
        json().accept("text/csv")
                .get(path)
                .then()
                .spec(problem(404, "not-found", "Questionnaire 999999 does not exist", path));
    }

    @Test
    void stillRefusesATypeNothingHereProduces() {
        String path = "/api/v1/scores/programs.csv";
        json().accept("application/xml")
                .get(path)
                .then()
                .spec(problem(406, "not-acceptable", "This resource cannot produce the media type asked for", path));
    }
}
