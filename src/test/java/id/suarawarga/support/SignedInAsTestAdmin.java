package id.suarawarga.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every REST Assured request of the test suite signs in as the national test admin (HTTP Basic) unless the test says
 * otherwise ({@code .auth().none()} for anonymous, {@link Staff} logins for other roles). Registered for every
 * {@code @QuarkusTest} as a Quarkus test callback (META-INF/services in src/test/resources) — it must run inside
 * Quarkus' class loader, whose REST Assured the tests use — so fixture code need not repeat it.
 */
public class SignedInAsTestAdmin implements QuarkusTestBeforeEachCallback {

    /** The national admin the test profile creates at start ({@code %test.suara.security.bootstrap-admin-*}). */
    public static final String USERNAME = "uji-admin";

    public static final String PASSWORD = "only-for-tests-000";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(USERNAME, PASSWORD);
    }
}
