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
 * cookie is Secure; over plain HTTP neither (SignInTest). With the cluster's cookie name (k8s/base/configmap.yaml) the
 * session and CSRF cookies carry the {@code __Host-} prefix (issue #21): Secure, Path=/, no Domain.
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
                    "quarkus.http.auth.form.cookie-name",
                    SESSION_COOKIE,
                    "suara.security.max-sign-ins-per-source",
                    "12",
                    "suara.security.sign-in-delay",
                    "1S",
                    "suara.security.max-sign-in-delay",
                    "2S");
        }
    }

    /** The session cookie's name in the cluster (QUARKUS_HTTP_AUTH_FORM_COOKIE_NAME in k8s/base/configmap.yaml). */
    static final String SESSION_COOKIE = "__Host-suara-sesi";

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
        Response login = signInOverTls(owner);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.getHeaders().getValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith(SESSION_COOKIE + "="))
                .singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void overTlsTheSessionAndCsrfCookiesCarryTheHostPrefixAndItsRules() {
        Staff.Login owner = Staff.owner("63.71", Api.createProgram("63.71", "Si Mantab"));
        Response login = signInOverTls(owner);
        String session = login.getCookie(SESSION_COOKIE);
        assertThat(login.getHeaders().getValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith(SESSION_COOKIE + "="))
                .singleElement()
                .satisfies(BehindTlsProxyTest::followsTheHostPrefixRules);

        Response account = overTls(session).get("/dasbor/akun");
        assertThat(account.statusCode()).as("the prefixed session works").isEqualTo(200);
        String csrf = account.getCookie("__Host-suara-csrf");
        assertThat(account.getHeaders().getValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("__Host-suara-csrf="))
                .singleElement()
                .satisfies(BehindTlsProxyTest::followsTheHostPrefixRules);
        assertThat(account.getHeaders().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("suara-csrf="));

        // a cookie without the prefix (one a sibling subdomain or plain HTTP could plant) does not pass the check
        overTls(session)
                .cookie("suara-csrf", csrf)
                .contentType(ContentType.URLENC)
                .formParam("csrf", csrf)
                .post("/keluar")
                .then()
                .statusCode(403);
        overTls(session)
                .cookie("__Host-suara-csrf", csrf)
                .contentType(ContentType.URLENC)
                .formParam("csrf", csrf)
                .post("/keluar")
                .then()
                .statusCode(303);

        Response plain = given().get("/masuk");
        assertThat(plain.getHeaders().getValues("Set-Cookie"))
                .as("over plain HTTP (development, tests) the names stay unprefixed and work")
                .noneMatch(c -> c.startsWith("__Host-"));
    }

    private static Response signInOverTls(Staff.Login login) {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .contentType(ContentType.URLENC)
                .formParam("j_username", login.username())
                .formParam("j_password", login.password())
                .post("/j_security_check");
    }

    private static io.restassured.specification.RequestSpecification overTls(String session) {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .cookie(SESSION_COOKIE, session);
    }

    private static void followsTheHostPrefixRules(String setCookie) {
        assertThat(setCookie).containsPattern("(?i); Secure(;|$)").containsPattern("(?i); Path=/(;|$)");
        assertThat(setCookie.toLowerCase(java.util.Locale.ROOT)).doesNotContain("domain=");
    }
}
