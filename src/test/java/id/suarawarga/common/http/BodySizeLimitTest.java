package id.suarawarga.common.http;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Oversized bodies are refused with a problem before anything is parsed or written. */
@QuarkusTest
class BodySizeLimitTest {

    @Inject
    Database database;

    @Test
    void refusesBodyAboveTheApiLimitWithAProblem() {
        String name = "x".repeat(300 * 1024);
        Map<String, String> before = database.fingerprint();

        json().body(Map.of("code", "63.72", "kind", "KOTA", "name", name, "province", "Kalimantan Selatan"))
                .post("/api/v1/regions")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("title", equalTo("Payload too large"))
                .body(
                        "detail",
                        org.hamcrest.Matchers.matchesPattern(
                                "The request body has \\d+ bytes; the limit is 262144 bytes"))
                .body("instance", equalTo("/api/v1/regions"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void acceptsBodyJustBelowTheLimitAndValidatesIt() {
        String name = "x".repeat(200 * 1024);

        json().body(Map.of("code", "63.72", "kind", "KOTA", "name", name, "province", "Kalimantan Selatan"))
                .post("/api/v1/regions")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/name"));
    }
}
