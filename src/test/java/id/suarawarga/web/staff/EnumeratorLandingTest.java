package id.suarawarga.web.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A field officer signs in and lands on the field page (/lapangan), not on a refusal: the dashboard, where sign-in
 * lands everyone, sends them on. Other staff still get their dashboard.
 */
@QuarkusTest
class EnumeratorLandingTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static Response signIn(Staff.Login login) {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", login.username())
                .formParam("j_password", login.password())
                .post("/j_security_check");
    }

    private static Response get(String path, String session) {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie("suara-sesi", session)
                .accept("text/html")
                .get(path);
    }

    @Test
    void aFieldOfficerLandsOnTheFieldPageAfterSigningIn() {
        long questionnaire = Surveys.publishedSkm();
        long program = given().get("/api/v1/questionnaires/" + questionnaire)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        Response signedIn = signIn(Staff.create("ENUMERATOR", "63.71", List.of(program)));
        assertThat(signedIn.header("Location")).endsWith("/dasbor");
        String session = signedIn.cookie("suara-sesi");
        assertThat(session).isNotBlank();

        Response landing = get("/dasbor", session);
        assertThat(landing.statusCode()).isEqualTo(303);
        assertThat(landing.header("Location")).endsWith("/lapangan");
        Response field = get("/lapangan", session);
        assertThat(field.statusCode()).isEqualTo(200);
        assertThat(field.asString()).contains("Pengumpulan di lapangan", "/lapangan/kuesioner/" + questionnaire);
        // the rest of the dashboard stays closed to them
        assertThat(get("/dasbor/kuesioner/" + questionnaire, session).statusCode())
                .isEqualTo(403);
    }

    @Test
    void otherStaffStillLandOnTheirDashboard() {
        Api.createRegion("63.71");
        Response signedIn = signIn(Staff.regionAdmin("63.71"));
        Response landing = get("/dasbor", signedIn.cookie("suara-sesi"));
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.asString()).contains("Ringkasan");
    }
}
