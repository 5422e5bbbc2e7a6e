package id.suarawarga.common.http;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Database;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Oversized bodies are refused with a problem before anything is parsed or written. */
@QuarkusTest
class BodySizeLimitTest {

    @Inject
    Database database;

    @TestHTTPResource("/")
    URI base;

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
    void refusesAChunkedJsonBodyOutsideTheImportBeforeReadingIt() throws Exception {
        // 2 MiB of JSON without a Content-Length: below the HTTP layer's 12 MiB ceiling (raised for import files)
        byte[] body = ("{\"answers\":{\"SARAN\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}").getBytes();
        Map<String, String> before = database.fingerprint();
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/public/questionnaires/si-mantab/responses"))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", "chunked-1")
                                // an input stream has no known length: Java's client sends it chunked
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("without a Content-Length");
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
