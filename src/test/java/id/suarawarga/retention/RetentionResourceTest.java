package id.suarawarga.retention;

import static id.suarawarga.support.Api.json;
import static id.suarawarga.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.suarawarga.support.Database;
import id.suarawarga.support.SignedInAsTestAdmin;
import id.suarawarga.support.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retention API: what is due and the last run; a run on demand; one run at a time. */
@QuarkusTest
class RetentionResourceTest {

    @Inject
    Database database;

    @Inject
    AgroalDataSource dataSource;

    long expired;

    @BeforeEach
    void expiredCampaign() {
        expired = Campaigns.publish("Si Mantab");
        Campaigns.answer("si-mantab", "lama", 4);
        Campaigns.closeDaysAgo(database, expired, 400);
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void showsTheSettingsAndWhatIsDue() {
        json().get("/api/v1/retention")
                .then()
                .statusCode(200)
                .body("scheduled", equalTo(false)) // off in tests (application.properties)
                .body("cron", equalTo("0 30 1 * * ?"))
                .body("timeZone", equalTo("Asia/Jakarta"))
                .body("period", equalTo("PT8760H"))
                .body("batchSize", equalTo(40))
                .body("dueQuestionnaires", equalTo(1))
                .body("dueResponses", equalTo(4))
                .body("openEndedQuestionnaires", equalTo(0))
                .body("lastRun", nullValue());
    }

    @Test
    void runsNowAndAnswersItsCounts() {
        int runId = json().post("/api/v1/retention/run")
                .then()
                .statusCode(200)
                .body("trigger", equalTo("ADMIN"))
                .body("questionnaires", equalTo(1))
                .body("responsesAnonymised", equalTo(4))
                .extract()
                .jsonPath()
                .getInt("id");

        json().get("/api/v1/retention")
                .then()
                .statusCode(200)
                .body("dueResponses", equalTo(0))
                .body("lastRun.id", equalTo(runId))
                .body("lastRun.responsesAnonymised", equalTo(4));
        assertThat(database.count("select count(*) from survey_response where anonymised_at is null"))
                .isZero();
        assertThat(database.count(
                        "select count(*) from audit_event where action = 'RETENTION_RUN' and region_code is null"
                                + " and actor = '" + SignedInAsTestAdmin.USERNAME + "' and target = 'retention-run:"
                                + runId + "'"
                                + " and detail ->> 'trigger' = 'ADMIN' and detail ->> 'responsesAnonymised' = '4'"))
                .isEqualTo(1);
    }

    @Test
    void onlyANationalAdminSeesOrRunsIt() {
        long program = database.count("select program_id from questionnaire where id = " + expired);
        for (Staff.Login other :
                java.util.List.of(Staff.regionAdmin("63.71"), Staff.owner("63.71", program), Staff.evaluator())) {
            other.json().get("/api/v1/retention").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
            other.json()
                    .post("/api/v1/retention/run")
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("/problems/forbidden"));
        }
        given().basePath("")
                .auth()
                .none()
                .accept("application/json")
                .contentType("application/json") // a text/plain post is refused before anything (415, issue #21)
                .post("/api/v1/retention/run")
                .then()
                .statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));
        assertThat(database.count("select count(*) from survey_response where anonymised_at is null"))
                .isEqualTo(4);
        assertThat(database.count("select count(*) from retention_run")).isZero();
    }

    @Test
    void refusesToRunWhileAnotherReplicaIsRunning() throws Exception {
        // another replica's run holds the lock for its whole run
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, RetentionQueries.LOCK_KEY);
            lock.executeQuery().close();
            try {
                json().post("/api/v1/retention/run")
                        .then()
                        .spec(problem(
                                409,
                                "invalid-state",
                                "A retention run is under way (here or on another replica);"
                                        + " see GET /api/v1/retention when it is done.",
                                "/api/v1/retention/run"));
            } finally {
                try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, RetentionQueries.LOCK_KEY);
                    unlock.executeQuery().close();
                }
            }
        }
        assertThat(database.count("select count(*) from survey_response where anonymised_at is null"))
                .isEqualTo(4);
        assertThat(database.count("select count(*) from retention_run")).isZero();
    }
}
