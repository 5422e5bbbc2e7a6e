package id.suarawarga.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import id.suarawarga.response.SubmissionToken;
import id.suarawarga.support.Database;
import id.suarawarga.support.Problems;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A form kept on a phone while offline and sent later ({@code POST /s/{slug}/kirim}): the form's token is the
 * idempotency key (same answers again: the same receipt, nothing new; other answers: refused), and the service
 * worker that keeps the page is served as JavaScript for the resident pages' scope.
 */
@QuarkusTest
class SurveyOutboxTest {

    @Inject
    Database database;

    @Inject
    SubmissionToken tokens;

    long questionnaireId;

    @BeforeEach
    void publish() {
        questionnaireId = Surveys.publishedSkm();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static Response send(Map<String, String> fields) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .accept("application/json")
                .formParams(fields)
                .post("/s/si-mantab/kirim");
    }

    private Map<String, String> form(String token) {
        Map<String, String> fields = new HashMap<>(Surveys.completeSkmAnswers());
        fields.put("token", token);
        fields.put("lang", "id");
        return fields;
    }

    @Test
    void storesAQueuedFormOnceAndAcknowledgesItsReplay() {
        String token = Jsoup.parse(given().get("/s/si-mantab").asString())
                .select("input[name=token]")
                .attr("value");
        Map<String, String> fields = form(token);

        String id = send(fields)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "false")
                .extract()
                .path("id");
        // the phone did not hear the answer and sends again: the same receipt, nothing new
        send(fields)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(id));
        assertThat(database.count("select count(*) from survey_response where channel = 'WEB'"))
                .isEqualTo(1);

        fields.put("q.U1", "1");
        send(fields)
                .then()
                .spec(problem(
                        422,
                        "idempotency-key-reused",
                        "This form was already sent with other answers; nothing was stored"));
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where answers ->> 'U1' = '3'"))
                .isEqualTo(1);
    }

    @Test
    void refusesAFormWithoutOurTokenOrWithBrokenAnswersAndStoresNothing() {
        send(form("bukan-token"))
                .then()
                .spec(Problems.problem(
                        400,
                        "malformed-request",
                        "The form's token is missing or not one we issued",
                        "/s/si-mantab/kirim"));

        Map<String, String> fields =
                form(tokens.issue(questionnaireId, Instant.now().minusSeconds(60)));
        fields.remove("q.U3");
        send(fields)
                .then()
                .statusCode(422)
                .contentType(matchesPattern(Problems.MEDIA_TYPE_PATTERN))
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].pointer", equalTo("/answers/U3"));

        given().contentType("application/x-www-form-urlencoded")
                .formParams(form(tokens.issue(questionnaireId, Instant.now())))
                .post("/s/tidak-ada/kirim")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        assertThat(database.count("select count(*) from survey_response")).isZero();
    }

    @Test
    void servesTheServiceWorkerAsScriptRevalidatedOnEveryCheck() {
        given().get("/sw.js")
                .then()
                .statusCode(200)
                .contentType(containsString("text/javascript"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("addEventListener('fetch'"));
        given().get("/s/si-mantab").then().body(containsString("<script src=\"/offline.js\" defer></script>"));
    }

    private static io.restassured.specification.ResponseSpecification problem(int status, String slug, String detail) {
        return new io.restassured.builder.ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", matchesPattern(Problems.MEDIA_TYPE_PATTERN))
                .expectBody("type", equalTo("/problems/" + slug))
                .expectBody("detail", equalTo(detail))
                .expectBody("instance", equalTo("/s/si-mantab/kirim"))
                .build();
    }
}
