package id.suarawarga.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.flywaydb.core.Flyway;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, and the schema Flyway built from an empty database. */
@QuarkusTest
class HealthAndMetricsTest {

    @Inject
    Flyway flyway;

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/api/v1/dimensions").then().statusCode(200);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/dimensions\""))
                .body(containsString("agroal_active_count"));
    }

    @Test
    void flywayMigratedTheEmptyDatabaseCleanly() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
