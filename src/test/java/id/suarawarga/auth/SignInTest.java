package id.suarawarga.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login form, its session cookie, lockout after repeated failures, logout with CSRF, and the audit trail. */
@QuarkusTest
class SignInTest {

    private static final String CSRF = "c".repeat(43);

    @Inject
    Database database;

    long program;

    @BeforeEach
    void fixtures() {
        database.wipe();
        program = Api.createProgram("63.71", "Si Mantab");
    }

    /** Cleaned after too: later test classes create programs of the same name. */
    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void signsInWithTheFormAndGetsASecureSessionCookie() {
        Staff.Login owner = Staff.owner("63.71", program);
        Response login = signIn(owner.username(), owner.password());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/dasbor");
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("suara-sesi="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");

        given().auth()
                .none()
                .cookie("suara-sesi", login.cookie("suara-sesi"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("name", equalTo(owner.username()))
                .body("roles", equalTo(java.util.List.of("PROGRAM_OWNER")))
                .body("programIds", equalTo(java.util.List.of((int) program)));
        assertThat(database.count("select count(*) from audit_event where action = 'SIGN_IN' and actor = '"
                        + owner.username() + "'"))
                .isEqualTo(1);
    }

    @Test
    void aPageAsksAnonymousVisitorsToSignInAndComesBackAfterwards() {
        Response page = given().auth().none().redirects().follow(false).get("/keluar-tidak-ada");
        assertThat(page.statusCode()).isEqualTo(404);
        Response protectedPage = given().auth()
                .none()
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/keluar");
        assertThat(protectedPage.statusCode()).isEqualTo(303);
        assertThat(protectedPage.header("Location")).endsWith("/masuk");
        given().auth()
                .none()
                .get("/masuk")
                .then()
                .statusCode(200)
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("autocomplete=\"current-password\""));
    }

    @Test
    void refusesTheGuessingSourceAfterFiveFailuresEvenForTheRightPassword() {
        Staff.Login owner = Staff.owner("63.71", program);
        for (int i = 0; i < 5; i++) {
            Response failed = signIn(owner.username(), "salah-" + i);
            assertThat(failed.header("Location")).endsWith("/masuk/gagal");
        }
        assertThat(signIn(owner.username(), owner.password()).header("Location"))
                .endsWith("/masuk/gagal");
        owner.json().get("/api/v1/me").then().statusCode(401);
        assertThat(database.count(
                        "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and target = 'staff-user:"
                                + owner.username() + "'"))
                .isEqualTo(4);
        // the fifth failure starts the account's back-off; this source is now refused for this account, also with
        // the right password, on the form and over HTTP Basic, without any password being checked
        assertThat(database.count(
                        "select count(*) from audit_event where action = 'SIGN_IN_LOCKED' and target = 'staff-user:"
                                + owner.username() + "'"))
                .isEqualTo(1);
        assertThat(database.count(
                        "select count(*) from audit_event where action = 'SIGN_IN_THROTTLED' and target = 'staff-user:"
                                + owner.username() + "' and detail->>'reason' = 'source-throttled-for-account'"))
                .isEqualTo(2);

        // an admin's new password lifts it
        Api.json()
                .body(Map.of("password", "kata-sandi-baru-456"))
                .put("/api/v1/staff-users/" + owner.id())
                .then()
                .statusCode(200);
        assertThat(signIn(owner.username(), "kata-sandi-baru-456").header("Location"))
                .endsWith("/dasbor");
        assertThat(database.count("select count(*) from audit_event where action = 'STAFF_USER_CHANGED'"
                        + " and detail->>'password' = 'changed'"))
                .isEqualTo(1);
    }

    @Test
    void unknownUsersAndWrongPasswordsLookTheSame() {
        Response unknown = signIn("tidak-ada", "apa-saja-123456");
        Response wrong = signIn(Staff.owner("63.71", program).username(), "apa-saja-123456");
        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
        assertThat(unknown.header("Location")).isEqualTo(wrong.header("Location"));
        given().auth()
                .none()
                .get("/masuk/gagal")
                .then()
                .statusCode(401)
                .body(containsString("Nama pengguna atau kata sandi salah"));
    }

    @Test
    void signingOutNeedsTheCsrfFieldAndEndsTheSession() {
        Staff.Login owner = Staff.owner("63.71", program);
        String session = signIn(owner.username(), owner.password()).cookie("suara-sesi");

        given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie("suara-sesi", session)
                .contentType(ContentType.URLENC)
                .formParam("x", "y")
                .post("/keluar")
                .then()
                .statusCode(403);
        given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie("suara-sesi", session)
                .cookie("suara-csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", "d".repeat(43))
                .post("/keluar")
                .then()
                .statusCode(403);
        Response out = given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie("suara-sesi", session)
                .cookie("suara-csrf", CSRF)
                .contentType(ContentType.URLENC)
                .formParam("csrf", CSRF)
                .post("/keluar");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/masuk/keluar");
        assertThat(out.getHeaders().getValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("suara-sesi=;") || c.contains("Max-Age=0"));
        assertThat(database.count("select count(*) from audit_event where action = 'SIGN_OUT'"))
                .isEqualTo(1);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/masuk", "/api/v1/dimensions", "/problems"}) {
            Response r = given().get(path);
            assertThat(r.header("Content-Security-Policy"))
                    .as(path)
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(r.header("Strict-Transport-Security"))
                    .as("only over TLS")
                    .isNull();
        }
    }

    private static Response signIn(String username, String password) {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
    }
}
