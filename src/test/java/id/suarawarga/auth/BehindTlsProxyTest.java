package id.suarawarga.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.common.http.SecurityHeaders;
import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Behind the ingress (TLS ends there, production trusts X-Forwarded-*): answers carry HSTS and the staff session
 * cookie is Secure; over plain HTTP neither (SignInTest).
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.Forwarding.class)
class BehindTlsProxyTest {

    /**
     * The forwarding settings the prod profile has, the test client (loopback) being the trusted proxy; and small
     * sign-in limits, for SignInThrottleTest (which shares this profile, so the app starts once for both).
     */
    public static class Forwarding implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true",
                    "quarkus.http.proxy.enable-forwarded-host",
                    "true",
                    "quarkus.http.proxy.trusted-proxies",
                    "127.0.0.1,::1",
                    "suara.security.max-sign-ins-per-source",
                    "12",
                    "suara.security.sign-in-delay",
                    "1S",
                    "suara.security.max-sign-in-delay",
                    "2S");
        }
    }

    @Inject
    Database database;

    @AfterEach
    void clean() {
        database.wipe();
    }

    @Test
    void sendsHstsAndASecureSessionCookieWhenTheRequestCameOverTls() {
        given().header("X-Forwarded-Proto", "https")
                .get("/masuk")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", SecurityHeaders.HSTS);
        given().get("/masuk")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());

        Staff.Login owner = Staff.owner("63.71", Api.createProgram("63.71", "Si Mantab"));
        Response login = given().auth()
                .none()
                .redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .contentType(ContentType.URLENC)
                .formParam("j_username", owner.username())
                .formParam("j_password", owner.password())
                .post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.getHeaders().getValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("suara-sesi="))
                .singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }
}
