package id.suarawarga.web.staff.people;

import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.SignedInAsTestAdmin;
import id.suarawarga.support.Staff;
import id.suarawarga.support.StaffSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People and keys as pages over real HTTP: a region's admin creates a program owner (password shown once, audited),
 * assigns programs, resets a password, deactivates; everyone changes their own password; API keys are created (shown
 * once), scoped, revoked and show their last use; the national admin adds a region with its first admin. Bad input
 * comes back at the field with what was typed, and writes nothing.
 */
@QuarkusTest
class PeoplePagesTest {

    @Inject
    Database database;

    long programA;
    long programB;
    StaffSession admin;

    @BeforeEach
    void region() {
        programA = Api.createProgram("63.71", "Si Mantab");
        programB = Api.createProgram("63.71", "Portal Pendidikan");
        admin = new StaffSession(Staff.regionAdmin("63.71"));
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void anAdminCreatesAProgramOwnerWhoseGeneratedPasswordWorksOnce() {
        Document form = admin.html("/dasbor/orang/baru");
        assertThat(form.select("input[name=programIds]").eachAttr("value"))
                .contains(String.valueOf(programA), String.valueOf(programB));
        assertThat(form.select("select[name=regionCode]"))
                .as("a region's admin has one region")
                .isEmpty();

        Response created = admin.post(
                "/dasbor/orang",
                Map.of(
                        "displayName", "Kepala Bidang Perizinan",
                        "username", "perizinan.dpmptsp",
                        "role", "PROGRAM_OWNER",
                        "programIds", String.valueOf(programA)));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(created.asString());
        String password = page.select("#kata-sandi").text();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(page.select("#nama-pengguna").text()).isEqualTo("perizinan.dpmptsp");

        // the new owner signs in with it and sees program A only
        json().auth()
                .preemptive()
                .basic("perizinan.dpmptsp", password)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("programIds", org.hamcrest.Matchers.contains((int) programA));
        assertThat(database.count("select count(*) from audit_event where action = 'STAFF_USER_CREATED'"
                        + " and target = 'staff-user:perizinan.dpmptsp' and region_code = '63.71'"))
                .isEqualTo(1);
        assertThat(database.strings(
                        "select detail::text from audit_event where target = 'staff-user:perizinan.dpmptsp'"))
                .noneMatch(d -> d.contains(password));
        assertThat(admin.html("/dasbor/orang").text()).contains("Kepala Bidang Perizinan", "Si Mantab");
    }

    @Test
    void badInputComesBackAtTheFieldWithWhatWasTypedAndStoresNothing() {
        long before = database.count("select count(*) from staff_user");
        Response bad = admin.post(
                "/dasbor/orang", Map.of("displayName", "Dinas Kesehatan", "username", "a b", "role", "PROGRAM_OWNER"));
        assertThat(bad.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(bad.asString());
        assertThat(page.select("#username").attr("value")).isEqualTo("a b");
        assertThat(page.select("#username").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#username-err").text()).startsWith("Nama pengguna 3–60 karakter");
        assertThat(page.select("#displayName").attr("value")).isEqualTo("Dinas Kesehatan");

        admin.post("/dasbor/orang", Map.of("displayName", "A", "username", "sama.nama", "role", "EVALUATOR"));
        Response taken =
                admin.post("/dasbor/orang", Map.of("displayName", "B", "username", "sama.nama", "role", "EVALUATOR"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(taken.asString()).select("#username-err").text()).contains("sudah dipakai");
        assertThat(database.count("select count(*) from staff_user")).isEqualTo(before + 1);
    }

    @Test
    void anAdminAssignsProgramsResetsAPasswordAndDeactivates() {
        Staff.Login owner = Staff.owner("63.71", programA);
        String path = "/dasbor/orang/" + owner.id();

        Response saved = admin.post(
                path,
                Map.of(
                        "displayName",
                        "Pemilik Baru",
                        "programIds",
                        List.of(String.valueOf(programA), String.valueOf(programB))));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(path + "?disimpan=ubah");
        Document page = admin.html(path + "?disimpan=ubah");
        assertThat(page.select("#tersimpan").text()).isEqualTo("Perubahan tersimpan.");
        assertThat(page.select("input[name=programIds][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(programA), String.valueOf(programB));

        String password = Jsoup.parse(admin.post(path + "/kata-sandi", Map.of()).asString())
                .select("#kata-sandi")
                .text();
        json().auth()
                .preemptive()
                .basic(owner.username(), owner.password())
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        json().auth()
                .preemptive()
                .basic(owner.username(), password)
                .get("/api/v1/me")
                .then()
                .statusCode(200);

        assertThat(admin.post(path + "/status", Map.of("status", "nonaktif")).statusCode())
                .isEqualTo(303);
        json().auth()
                .preemptive()
                .basic(owner.username(), password)
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        assertThat(database.strings("select detail::text from audit_event where target = 'staff-user:"
                        + owner.username() + "' and action = 'STAFF_USER_CHANGED' order by id"))
                .hasSize(3)
                .anyMatch(d -> d.contains("\"password\": \"reset\""))
                .anyMatch(d -> d.contains("\"active\": {\"after\": false, \"before\": true}"));
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        Staff.Login login = Staff.regionAdmin("63.71");
        StaffSession self = new StaffSession(login);
        Response refused = self.post("/dasbor/orang/" + login.id() + "/status", Map.of("status", "nonaktif"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.asString()).select("#status-err").text()).contains("akun Anda sendiri");
        json().auth()
                .preemptive()
                .basic(login.username(), login.password())
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void everyoneChangesTheirOwnPassword() {
        Staff.Login owner = Staff.owner("63.71", programA);
        StaffSession forms = new StaffSession(owner);

        Response wrong = forms.post(
                "/dasbor/akun/kata-sandi",
                Map.of(
                        "currentPassword",
                        "salah-salah-salah",
                        "newPassword",
                        "kalimat baru yang panjang",
                        "repeatPassword",
                        "kalimat baru yang panjang"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.asString()).select("#currentPassword-err").text())
                .isEqualTo("Kata sandi yang sekarang salah.");
        Response mismatch = forms.post(
                "/dasbor/akun/kata-sandi",
                Map.of(
                        "currentPassword",
                        owner.password(),
                        "newPassword",
                        "kalimat baru yang panjang",
                        "repeatPassword",
                        "kalimat lain"));
        assertThat(Jsoup.parse(mismatch.asString())
                        .select("#repeatPassword-err")
                        .text())
                .contains("tidak sama");
        Response tooShort = forms.post(
                "/dasbor/akun/kata-sandi",
                Map.of("currentPassword", owner.password(), "newPassword", "pendek", "repeatPassword", "pendek"));
        assertThat(Jsoup.parse(tooShort.asString()).select("#newPassword-err").text())
                .contains("12 karakter");

        Response changed = forms.post(
                "/dasbor/akun/kata-sandi",
                Map.of(
                        "currentPassword",
                        owner.password(),
                        "newPassword",
                        "kalimat baru yang panjang",
                        "repeatPassword",
                        "kalimat baru yang panjang"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.header("Location")).endsWith("/dasbor/akun?disimpan=sandi");
        json().auth()
                .preemptive()
                .basic(owner.username(), "kalimat baru yang panjang")
                .get("/api/v1/me")
                .then()
                .statusCode(200);
        // and through the API, the same rule
        json().auth()
                .preemptive()
                .basic(owner.username(), "kalimat baru yang panjang")
                .body(Map.of("currentPassword", "salah-salah-salah", "newPassword", "kalimat ketiga yang panjang"))
                .put("/api/v1/me/password")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", org.hamcrest.Matchers.equalTo("/currentPassword"));
    }

    @Test
    void apiKeysAreShownOnceScopedToTheRegionShowTheirLastUseAndCanBeRevoked() {
        Response created = admin.post("/dasbor/kunci-api", Map.of("name", "Evaluasi Smart City 2024"));
        assertThat(created.statusCode()).isEqualTo(200);
        String key = Jsoup.parse(created.asString()).select("#kunci").text();
        assertThat(key).startsWith("sw_");
        Document list = admin.html("/dasbor/kunci-api");
        assertThat(list.select(".last-used").eachText()).containsExactly("belum pernah");
        assertThat(list.text()).doesNotContain(key);

        given().auth()
                .none()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(200);
        given().auth()
                .none()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(200);
        assertThat(database.count("select count(*) from api_client where last_used_at is not null"))
                .isEqualTo(1);
        assertThat(admin.html("/dasbor/kunci-api").select(".last-used").text())
                .matches("\\d+ \\w+ \\d{4}, \\d\\d\\.\\d\\d WITA");
        assertThat(database.strings("select region_codes::text from api_client"))
                .containsExactly("{63.71}");

        long id = database.count("select id from api_client");
        assertThat(admin.post("/dasbor/kunci-api/" + id + "/cabut", Map.of()).statusCode())
                .isEqualTo(303);
        given().auth()
                .none()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(401);
        assertThat(
                        database.count(
                                "select count(*) from audit_event where action in ('API_CLIENT_CREATED', 'API_CLIENT_REVOKED')"))
                .isEqualTo(2);

        // another region's admin can neither see nor revoke it
        StaffSession other = new StaffSession(Staff.regionAdmin(Api.createRegion("64.72")));
        assertThat(other.html("/dasbor/kunci-api").select("article")).isEmpty();
    }

    @Test
    void theNationalAdminAddsARegionWithItsFirstAdmin() {
        StaffSession national =
                new StaffSession(new Staff.Login(0, SignedInAsTestAdmin.USERNAME, SignedInAsTestAdmin.PASSWORD));
        Response created = national.post(
                "/dasbor/daerah",
                Map.of(
                        "code", "64.72",
                        "kind", "KOTA",
                        "name", "Kota Samarinda",
                        "province", "Kalimantan Timur",
                        "displayName", "Diskominfo Samarinda",
                        "username", "admin.samarinda"));
        assertThat(created.statusCode()).isEqualTo(200);
        String password = Jsoup.parse(created.asString()).select("#kata-sandi").text();
        json().auth()
                .preemptive()
                .basic("admin.samarinda", password)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("regionCodes", org.hamcrest.Matchers.contains("64.72"));
        assertThat(database.count(
                        "select count(*) from audit_event where action = 'REGION_CREATED' and target = 'region:64.72'"))
                .isEqualTo(1);

        // a taken user name leaves no region behind
        Response taken = national.post(
                "/dasbor/daerah",
                Map.of(
                        "code",
                        "64.71",
                        "kind",
                        "KOTA",
                        "name",
                        "Kota Balikpapan",
                        "province",
                        "Kalimantan Timur",
                        "displayName",
                        "X",
                        "username",
                        "admin.samarinda"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(taken.asString()).select("#name").attr("value")).isEqualTo("Kota Balikpapan");
        assertThat(database.count("select count(*) from region where code = '64.71'"))
                .isZero();

        // a region's admin may not
        assertThat(admin.get("/dasbor/daerah").statusCode()).isEqualTo(403);
    }
}
