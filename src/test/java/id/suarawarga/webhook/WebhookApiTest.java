package id.suarawarga.webhook;

import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admins subscribe endpoints to a region's changes; messages go to the outbox with the change and can be replayed. */
@QuarkusTest
class WebhookApiTest {

    @Inject
    Database database;

    @BeforeEach
    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static Map<String, Object> request(String url, List<String> events) {
        return Map.of("regionCode", "63.71", "url", url, "events", events);
    }

    @Test
    void showsTheSecretOnlyOnCreation() {
        Api.createRegion("63.71");
        JsonPath created = json().body(request("https://hooks.example.id/suara", List.of("QUESTIONNAIRE_PUBLISHED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("secret", startsWith("whsec_"))
                .body("events", equalTo(List.of("QUESTIONNAIRE_PUBLISHED")))
                .extract()
                .jsonPath();
        long id = created.getLong("id");

        json().get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue());
        json().get("/api/v1/webhooks").then().statusCode(200).body("[0].id", equalTo((int) id));
        json().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        json().get("/api/v1/webhooks/" + id).then().statusCode(200).body("active", equalTo(false));
        json().get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
        json().get("/api/v1/webhooks/999999").then().statusCode(404);
    }

    @Test
    void refusesPlainHttpExceptToLoopbackAndUnknownRegionsOrEvents() {
        Api.createRegion("63.71");
        json().body(request("http://hooks.example.id/suara", List.of("RESPONSE_COUNTED")))
                .post("/api/v1/webhooks")
                .then()
                .spec(problem(422, "validation-failed", notNullValue(), "/api/v1/webhooks"))
                .body("errors[0].pointer", equalTo("/url"));
        json().body(request("ftp://hooks.example.id/suara", List.of("RESPONSE_COUNTED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(422);
        json().body(request("https://hooks.example.id/suara", List.of()))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(422);
        json().body(request("https://hooks.example.id/suara", List.of("EVERYTHING")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400);
        json().body(Map.of("regionCode", "99.99", "url", "https://h.example.id", "events", List.of("RESPONSE_COUNTED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(404);
        // the test profile allows a receiver on this machine (suara.webhook.allow-http-loopback)
        json().body(request("http://127.0.0.1:9/hook", List.of("RESPONSE_COUNTED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201);
        assertThat(json().get("/api/v1/webhooks").jsonPath().getList("$")).hasSize(1);
    }

    @Test
    void queuesPublishAndCloseWithTheChangeAndReplaysADelivery() throws Exception {
        long program = Api.createProgram("63.71", "Si Mantab");
        // nothing listens on port 9 (discard): every attempt fails and the log says so
        long webhook = json().body(
                        request("http://127.0.0.1:9/hook", List.of("QUESTIONNAIRE_PUBLISHED", "QUESTIONNAIRE_CLOSED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long questionnaire = Api.createDraft(program);
        Api.publish(questionnaire);
        json().post("/api/v1/questionnaires/" + questionnaire + "/close").then().statusCode(200);

        JsonPath log = waitForAttempt(webhook, 2);
        assertThat(log.getList("eventType"))
                .containsExactlyInAnyOrder("questionnaire.published", "questionnaire.closed");
        JsonPath message = JsonPath.from(log.getString("[0].payload"));
        assertThat(message.getLong("data.questionnaireId")).isEqualTo(questionnaire);
        assertThat(message.getString("data.regionCode")).isEqualTo("63.71");
        assertThat(message.getString("type")).startsWith("questionnaire.");
        assertThat(log.getString("[0].lastError")).isNotBlank();
        assertThat(log.getList("state")).containsOnly("PENDING");

        String delivery = log.getString("[0].id");
        json().post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/replay")
                .then()
                .statusCode(202);
        json().post("/api/v1/webhooks/" + webhook + "/deliveries/msg_none/replay")
                .then()
                .statusCode(404);
        assertThat(json().get("/api/v1/audit-events?action=WEBHOOK_REPLAYED")
                        .jsonPath()
                        .getList("items"))
                .hasSize(1);
    }

    /** The delivery log once {@code count} deliveries have had a failed attempt (the dispatcher polls every second here). */
    private static JsonPath waitForAttempt(long webhook, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath log = json().get("/api/v1/webhooks/" + webhook + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            // an attempt counts once its outcome is recorded (the claim counts it before the request is sent)
            List<String> errors = log.getList("lastError");
            if (errors.size() >= count && errors.stream().allMatch(e -> e != null)) {
                return log;
            }
            assertThat(Instant.now())
                    .as("deliveries attempted: %s", log.prettify())
                    .isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
