package id.suarawarga.audit;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #21, F8: every configuration change leaves an audit event with what was before and what is after — the
 * duplicate policy (the owner, the party being evaluated, could turn it off and on without a trace), programs,
 * regions and questionnaires.
 */
@QuarkusTest
class ConfigurationAuditTest {

    @Inject
    Database database;

    @BeforeEach
    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void anOwnerTurningTheDuplicateGuardOffAndOnLeavesTwoEvents() {
        long program = Api.createProgram("63.71", "Si Mantab");
        long questionnaire = Api.createDraft(program);
        Staff.Login owner = Staff.owner("63.71", program);
        for (String policy : List.of("ALLOW", "FLAG")) {
            owner.json()
                    .body(Map.of("policy", policy))
                    .put("/api/v1/questionnaires/" + questionnaire + "/duplicate-policy")
                    .then()
                    .statusCode(200);
        }
        assertThat(database.strings("select actor || ' ' || (detail->>'was') || '>' || (detail->>'duplicatePolicy')"
                        + " from audit_event where action = 'QUESTIONNAIRE_SETTINGS_CHANGED' and target = 'questionnaire:"
                        + questionnaire + "' order by id"))
                .containsExactly(owner.username() + " FLAG>ALLOW", owner.username() + " ALLOW>FLAG");
    }

    @Test
    void programsRegionsAndQuestionnairesAreAuditedWithBeforeAndAfter() {
        Api.createRegion("64.71");
        json().body(Map.of("kind", "KOTA", "name", "Kota Samarinda", "province", "Kalimantan Timur"))
                .put("/api/v1/regions/64.71")
                .then()
                .statusCode(200);
        long program = Api.createProgram("64.71", "Si Mantab");
        Map<String, Object> renamed = new java.util.HashMap<>(Api.program("64.71", "Si Mantab Baru"));
        renamed.remove("regionCode");
        renamed.remove("year");
        json().body(renamed).put("/api/v1/programs/" + program).then().statusCode(200);
        long questionnaire = Api.createDraft(program);
        json().body(Map.of("title", Map.of("id", "Survei baru"), "consent", Map.of("id", "Persetujuan")))
                .put("/api/v1/questionnaires/" + questionnaire)
                .then()
                .statusCode(200);
        json().delete("/api/v1/questionnaires/" + questionnaire).then().statusCode(204);
        json().delete("/api/v1/programs/" + program).then().statusCode(204);
        json().delete("/api/v1/regions/64.71").then().statusCode(204);

        assertThat(database.strings("select action from audit_event order by id"))
                .containsSubsequence(
                        "REGION_CREATED",
                        "REGION_CHANGED",
                        "PROGRAM_CREATED",
                        "PROGRAM_CHANGED",
                        "QUESTIONNAIRE_CREATED",
                        "QUESTIONNAIRE_CHANGED",
                        "QUESTIONNAIRE_DELETED",
                        "PROGRAM_DELETED",
                        "REGION_DELETED");
        assertThat(database.strings("select (detail->'before'->>'name') || '>' || (detail->'after'->>'name')"
                        + " from audit_event where action = 'REGION_CHANGED'"))
                .containsExactly("Kota 64.71>Kota Samarinda");
        assertThat(database.strings(
                        "select detail->'before'->>'name' from audit_event where action = 'REGION_DELETED'"))
                .containsExactly("Kota Samarinda");
        assertThat(database.strings("select detail->>'name' from audit_event where action = 'PROGRAM_CHANGED'"))
                .containsExactly("Si Mantab Baru");
    }
}
