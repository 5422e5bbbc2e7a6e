package id.suarawarga.support;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.HttpServer;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the management interface of the app under test (health, metrics): its own port, random in tests
 * ({@code quarkus.management.test-port=0}), never the public one.
 */
public final class Management {

    private Management() {}

    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static int port() {
        return Arc.container().instance(HttpServer.class).get().getManagementPort();
    }
}
