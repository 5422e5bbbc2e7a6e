package id.suarawarga.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists and request bodies respect the caller's scope, not just path parameters. */
@QuarkusTest
class AccessScopeTest {

    @Inject
    Database database;

    long siMantab;
    long portal;
    long otherRegion;

    @BeforeEach
    void fixtures() {
        database.wipe();
        siMantab = Api.createProgram("63.71", "Si Mantab");
        portal = Api.createProgram("63.71", "Portal Pendidikan");
        otherRegion = Api.createProgram("64.72", "Sigap");
    }

    /** Cleaned after too: later test classes create programs of the same name. */
    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void listsShowOnlyWhatTheCallerMaySee() {
        assertThat(names(Staff.owner("63.71", siMantab))).containsExactly("Si Mantab");
        assertThat(names(Staff.regionAdmin("63.71"))).containsExactlyInAnyOrder("Si Mantab", "Portal Pendidikan");
        assertThat(names(Staff.regionEvaluator("64.72"))).containsExactly("Sigap");
        assertThat(names(Staff.evaluator())).containsExactlyInAnyOrder("Si Mantab", "Portal Pendidikan", "Sigap");

        Staff.owner("63.71", siMantab)
                .json()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("63.71")));
        long questionnaire = Api.createDraft(portal);
        Staff.owner("63.71", siMantab)
                .json()
                .get("/api/v1/questionnaires")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        Staff.owner("63.71", portal)
                .json()
                .get("/api/v1/questionnaires")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) questionnaire)));
        Staff.owner("63.71", siMantab)
                .json()
                .queryParam("programId", portal)
                .get("/api/v1/questionnaires")
                .then()
                .statusCode(404);
    }

    @Test
    void objectsNamedInABodyMustBeInScope() {
        Staff.Login owner = Staff.owner("63.71", siMantab);
        owner.json()
                .body(Api.questionnaire(portal, List.of(Api.likert("MANFAAT", "BENEFIT"))))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        owner.json()
                .body(Api.questionnaire(siMantab, List.of(Api.likert("MANFAAT", "BENEFIT"))))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201);

        Staff.Login admin = Staff.regionAdmin("63.71");
        admin.json()
                .body(Api.program("64.72", "Program lain"))
                .post("/api/v1/programs")
                .then()
                .statusCode(404);
        admin.json()
                .body(Api.program("63.71", "Program baru"))
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
        admin.json()
                .body(Api.region("65.01"))
                .post("/api/v1/regions")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        Api.json().body(Api.region("65.01")).post("/api/v1/regions").then().statusCode(201);
    }

    @Test
    void aRegionsAdminManagesOnlyTheirRegionsAccounts() {
        Staff.Login admin = Staff.regionAdmin("63.71");
        admin.json()
                .body(account("EVALUATOR", null, List.of()))
                .post("/api/v1/staff-users")
                .then()
                .statusCode(403);
        admin.json()
                .body(account("PROGRAM_OWNER", "64.72", List.of(otherRegion)))
                .post("/api/v1/staff-users")
                .then()
                .statusCode(404);
        admin.json()
                .body(account("PROGRAM_OWNER", "63.71", List.of(otherRegion)))
                .post("/api/v1/staff-users")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/programIds/0"));
        var created = admin.json()
                .body(account("PROGRAM_OWNER", "63.71", List.of(siMantab)))
                .post("/api/v1/staff-users")
                .then()
                .statusCode(201)
                .body("generatedPassword", org.hamcrest.Matchers.notNullValue())
                .extract()
                .jsonPath();
        admin.json()
                .get("/api/v1/staff-users")
                .then()
                .statusCode(200)
                .body("items.username", org.hamcrest.Matchers.hasItem(created.getString("username")))
                .body("items.regionCode", org.hamcrest.Matchers.everyItem(equalTo("63.71")));
        Staff.regionAdmin("64.72")
                .json()
                .get("/api/v1/staff-users/" + created.getLong("id"))
                .then()
                .statusCode(404);
        assertThat(database.count("select count(*) from staff_user where password_hash like '%"
                        + created.getString("generatedPassword") + "%'"))
                .isZero();
    }

    @Test
    void aDeactivatedOrReassignedAccountLosesAccessAtTheNextRequest() {
        Staff.Login owner = Staff.owner("63.71", siMantab);
        owner.json().get("/api/v1/programs/" + siMantab).then().statusCode(200);
        Api.json()
                .body(Map.of("programIds", List.of(portal)))
                .put("/api/v1/staff-users/" + owner.id())
                .then()
                .statusCode(200);
        owner.json().get("/api/v1/programs/" + siMantab).then().statusCode(404);
        owner.json().get("/api/v1/programs/" + portal).then().statusCode(200);
        Api.json()
                .body(Map.of("active", false))
                .put("/api/v1/staff-users/" + owner.id())
                .then()
                .statusCode(200);
        owner.json().get("/api/v1/programs/" + portal).then().statusCode(401);
    }

    @Test
    void anApiKeyReadsOnlyTheEvaluationApi() {
        String key = Api.json()
                .body(Map.of("name", "Penilai", "regions", List.of("63.71")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("key");
        io.restassured.RestAssured.given()
                .auth()
                .none()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/programs")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        io.restassured.RestAssured.given()
                .auth()
                .none()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void adminsReadTheAuditLogOfTheirRegion() {
        long draft = Api.createDraft(siMantab);
        Api.publish(draft);
        Api.publish(Api.createDraft(otherRegion));
        Api.json()
                .queryParam("action", "QUESTIONNAIRE_PUBLISHED")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].actor", equalTo("uji-admin"));
        Staff.regionAdmin("63.71")
                .json()
                .queryParam("action", "QUESTIONNAIRE_PUBLISHED")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].target", equalTo("questionnaire:" + draft))
                .body("items[0].regionCode", equalTo("63.71"))
                .body("items[0].detail.version", equalTo(1));
    }

    private static List<String> names(Staff.Login login) {
        return login.json()
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name");
    }

    private static Map<String, Object> account(String role, String region, List<Long> programs) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "akun-" + System.nanoTime());
        body.put("displayName", "Akun uji");
        body.put("role", role);
        body.put("regionCode", region);
        body.put("programIds", programs);
        return body;
    }
}
