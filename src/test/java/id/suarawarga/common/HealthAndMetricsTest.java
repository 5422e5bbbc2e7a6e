package id.suarawarga.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.suarawarga.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Health, metrics, and the schema Flyway built from an empty database. */
@QuarkusTest
class HealthAndMetricsTest {

    @Inject
    Flyway flyway;

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/api/v1/dimensions").then().statusCode(200);
        Management.given()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/dimensions\""))
                .body(containsString("agroal_active_count"));
    }

    /** The public port (the one the Ingress routes) serves neither health nor metrics; the API's documents stay. */
    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            given().get(path).then().statusCode(404);
        }
        Management.given().get("/q/health/started").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui").then().statusCode(200);
        Management.given().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void flywayMigratedTheEmptyDatabaseCleanly() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
