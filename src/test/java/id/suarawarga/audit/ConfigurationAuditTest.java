package id.suarawarga.audit;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Issue #21, F8 and item 8: every configuration change leaves an audit event whose detail holds, per changed field,
 * the value before and after ({@code detail.changes.<field>.before/after}, written by {@link AuditChanges}) — one
 * test per kind of thing an admin or owner configures. Each event is read back as "field:before>after" pairs (∅: no
 * value), sorted by field.
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

    /** Each event of {@code action} on {@code target}, oldest first, as its changed fields "field:before>after". */
    List<String> changes(String action, String target) {
        return database.strings("select coalesce(string_agg(c.key || ':' || coalesce(c.value->>'before', '∅') || '>'"
                + " || coalesce(c.value->>'after', '∅'), ' ' order by c.key), '')"
                + " from audit_event e left join lateral jsonb_each(e.detail->'changes') c on true"
                + " where e.action = '" + action + "' and e.target = '" + target + "' group by e.id order by e.id");
    }

    @Test
    void anOwnerTurningTheDuplicateGuardOffAndOnLeavesTwoEventsWithBeforeAndAfter() {
        long program = Api.createProgram("63.71", "Si Mantab");
        long questionnaire = Api.createDraft(program);
        Staff.Login owner = Staff.owner("63.71", program);
        for (String policy : List.of("ALLOW", "FLAG", "FLAG")) {
            owner.json()
                    .body(Map.of("policy", policy))
                    .put("/api/v1/questionnaires/" + questionnaire + "/duplicate-policy")
                    .then()
                    .statusCode(200);
        }
        assertThat(changes("QUESTIONNAIRE_SETTINGS_CHANGED", "questionnaire:" + questionnaire))
                .as("setting the same policy again is no change")
                .containsExactly("duplicatePolicy:FLAG>ALLOW", "duplicatePolicy:ALLOW>FLAG");
        assertThat(database.strings("select actor from audit_event where action = 'QUESTIONNAIRE_SETTINGS_CHANGED'"))
                .containsOnly(owner.username());
    }

    @Test
    void programsAreAuditedWithBeforeAndAfterFromCreationToDeletion() {
        long program = Api.createProgram("63.71", "Si Mantab");
        Map<String, Object> edit = new HashMap<>(Api.program("63.71", "Si Mantab 2"));
        edit.remove("regionCode");
        edit.remove("year");
        edit.put("targetPopulation", 1500);
        json().body(edit).put("/api/v1/programs/" + program).then().statusCode(200);
        json().body(edit).put("/api/v1/programs/" + program).then().statusCode(200);
        json().post("/api/v1/programs/" + program + "/archive").then().statusCode(200);
        json().post("/api/v1/programs/" + program + "/restore").then().statusCode(200);
        json().delete("/api/v1/programs/" + program).then().statusCode(204);

        String target = "program:" + program;
        assertThat(changes("PROGRAM_CREATED", target))
                .containsExactly("agency:∅>Diskominfo name:∅>Si Mantab slug:∅>si-mantab subDimension:∅>LAYANAN_PUBLIK"
                        + " targetPopulation:∅>1000");
        assertThat(changes("PROGRAM_CHANGED", target))
                .as("only what changed, once: the second identical edit writes nothing")
                .containsExactly("name:Si Mantab>Si Mantab 2 targetPopulation:1000>1500");
        assertThat(changes("PROGRAM_ARCHIVED", target)).containsExactly("archived:false>true");
        assertThat(changes("PROGRAM_RESTORED", target)).containsExactly("archived:true>false");
        assertThat(changes("PROGRAM_DELETED", target))
                .containsExactly("agency:Diskominfo>∅ name:Si Mantab 2>∅ slug:si-mantab>∅"
                        + " subDimension:LAYANAN_PUBLIK>∅ targetPopulation:1500>∅");
    }

    @Test
    void regionsAreAuditedWithBeforeAndAfter() {
        Api.createRegion("64.71");
        json().body(Map.of("kind", "KOTA", "name", "Kota Samarinda", "province", "Kalimantan Timur"))
                .put("/api/v1/regions/64.71")
                .then()
                .statusCode(200);
        json().delete("/api/v1/regions/64.71").then().statusCode(204);

        assertThat(changes("REGION_CREATED", "region:64.71"))
                .containsExactly("kind:∅>KOTA name:∅>Kota 64.71 province:∅>Kalimantan Selatan");
        assertThat(changes("REGION_CHANGED", "region:64.71"))
                .containsExactly("name:Kota 64.71>Kota Samarinda province:Kalimantan Selatan>Kalimantan Timur");
        assertThat(changes("REGION_DELETED", "region:64.71"))
                .containsExactly("kind:KOTA>∅ name:Kota Samarinda>∅ province:Kalimantan Timur>∅");
    }

    @Test
    void aQuestionnairesEditsScheduleAndLifecycleAreAuditedWithBeforeAndAfter() {
        long program = Api.createProgram("63.71", "Si Mantab");
        long first = Api.createDraft(program);
        json().body(Map.of(
                        "title", Map.of("id", "Survei baru"),
                        "consent", Map.of("id", "Kami tidak menyimpan identitas Saudara."),
                        "closesAt", "2030-01-31T16:00:00Z"))
                .put("/api/v1/questionnaires/" + first)
                .then()
                .statusCode(200);
        Api.publish(first);
        long second = json().post("/api/v1/questionnaires/" + first + "/new-version")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(second);
        json().post("/api/v1/questionnaires/" + second + "/close").then().statusCode(200);

        assertThat(changes("QUESTIONNAIRE_CREATED", "questionnaire:" + first))
                .containsExactly("consent.id:∅>Kami tidak menyimpan identitas Saudara. duplicatePolicy:∅>FLAG"
                        + " questions:∅>2 status:∅>DRAFT title.id:∅>Survei uji");
        assertThat(changes("QUESTIONNAIRE_CHANGED", "questionnaire:" + first))
                .as("the schedule (closing date) and the title, nothing else")
                .containsExactly("closesAt:∅>2030-01-31T16:00:00Z title.id:Survei uji>Survei baru");
        assertThat(changes("QUESTIONNAIRE_PUBLISHED", "questionnaire:" + first))
                .containsExactly("status:DRAFT>PUBLISHED");
        assertThat(changes("QUESTIONNAIRE_CREATED", "questionnaire:" + second))
                .as("a new version starts with the content, not the window, of the one before")
                .containsExactly("consent.id:∅>Kami tidak menyimpan identitas Saudara. duplicatePolicy:∅>FLAG"
                        + " questions:∅>2 status:∅>DRAFT title.id:∅>Survei baru");
        assertThat(database.strings("select detail->>'newVersionOf' from audit_event where action ="
                        + " 'QUESTIONNAIRE_CREATED' and target = 'questionnaire:" + second + "'"))
                .containsExactly(String.valueOf(first));
        assertThat(changes("QUESTIONNAIRE_CLOSED", "questionnaire:" + first))
                .as("publishing version 2 closed version 1, which is recorded too")
                .containsExactly("status:PUBLISHED>CLOSED");
        assertThat(changes("QUESTIONNAIRE_CLOSED", "questionnaire:" + second))
                .containsExactly("status:PUBLISHED>CLOSED");
    }

    @Test
    void questionChangesAreAuditedWithBeforeAndAfter() {
        long questionnaire = Api.createDraft(Api.createProgram("63.71", "Si Mantab"));
        String base = "/api/v1/questionnaires/" + questionnaire + "/questions";
        long id = json().body(Api.likert("CEPAT", "SUSTAINABILITY"))
                .post(base)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> changed = new HashMap<>(Api.likert("CEPAT", "SUSTAINABILITY"));
        changed.put("text", Map.of("id", "Seberapa cepat layanannya?"));
        changed.put("required", false);
        json().body(changed).put(base + "/" + id).then().statusCode(200);
        json().delete(base + "/" + id).then().statusCode(204);

        String target = "questionnaire:" + questionnaire;
        assertThat(changes("QUESTION_ADDED", target)).singleElement().asString().contains("text.id:∅>Pertanyaan CEPAT");
        assertThat(changes("QUESTION_CHANGED", target))
                .containsExactly("required:true>false text.id:Pertanyaan CEPAT>Seberapa cepat layanannya?");
        assertThat(changes("QUESTION_REMOVED", target))
                .singleElement()
                .asString()
                .contains("text.id:Seberapa cepat layanannya?>∅");
    }

    @Test
    void accountsAndFieldOfficersAreAuditedWithBeforeAndAfterAndNeverThePassword() {
        long program = Api.createProgram("63.71", "Si Mantab");
        long other = Api.createProgram("63.71", "Sigap");
        Staff.Login officer = Staff.create("ENUMERATOR", "63.71", List.of(program));
        json().body(Map.of("programIds", List.of(program, other), "displayName", "Petugas Kayu Tangi"))
                .put("/api/v1/staff-users/" + officer.id())
                .then()
                .statusCode(200);
        json().body(Map.of("active", false))
                .put("/api/v1/staff-users/" + officer.id())
                .then()
                .statusCode(200);
        json().post("/api/v1/staff-users/" + officer.id() + "/password-reset")
                .then()
                .statusCode(200);

        String target = "staff-user:" + officer.username();
        assertThat(changes("STAFF_USER_CREATED", target))
                .singleElement()
                .asString()
                .contains("active:∅>true", "programIds:∅>[" + program + "]", "region:∅>63.71", "role:∅>ENUMERATOR");
        assertThat(changes("STAFF_USER_CHANGED", target))
                .containsExactly(
                        "displayName:Uji ENUMERATOR>Petugas Kayu Tangi programIds:[" + program + "]>[" + program + ", "
                                + other + "]",
                        "active:true>false",
                        "");
        assertThat(database.strings("select detail->>'password' from audit_event where target = '" + target
                        + "' and detail ? 'password'"))
                .containsExactly("reset");
        assertThat(database.count(
                        "select count(*) from audit_event where detail::text like '%" + Staff.PASSWORD + "%'"))
                .isZero();
    }

    @Test
    void apiKeysAndWebhooksAreAuditedWithBeforeAndAfterAndNeverTheirSecrets() {
        Api.createRegion("63.71");
        var key = json().body(Map.of("name", "Sistem evaluasi", "regions", List.of("63.71")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        json().delete("/api/v1/api-clients/" + key.getLong("id")).then().statusCode(204);
        var hook = json().body(Map.of(
                        "regionCode", "63.71",
                        "url", "https://hooks.example.id/suara",
                        "events", List.of("QUESTIONNAIRE_PUBLISHED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        json().delete("/api/v1/webhooks/" + hook.getLong("id")).then().statusCode(204);
        json().delete("/api/v1/webhooks/" + hook.getLong("id")).then().statusCode(204);

        String client = "api-client:" + key.getLong("id");
        assertThat(changes("API_CLIENT_CREATED", client))
                .containsExactly("active:∅>true name:∅>Sistem evaluasi regions:∅>[\"63.71\"]");
        assertThat(changes("API_CLIENT_REVOKED", client)).containsExactly("active:true>false");
        String webhook = "webhook:" + hook.getLong("id");
        assertThat(changes("WEBHOOK_CREATED", webhook))
                .containsExactly(
                        "active:∅>true events:∅>[\"QUESTIONNAIRE_PUBLISHED\"] url:∅>https://hooks.example.id/suara");
        assertThat(changes("WEBHOOK_DELETED", webhook))
                .as("stopping a stopped webhook again changes nothing")
                .containsExactly("active:true>false");
        assertThat(database.count("select count(*) from audit_event where detail::text like '%" + key.getString("key")
                        + "%' or detail::text like '%" + hook.getString("secret") + "%'"))
                .isZero();
    }
}
