package id.suarawarga.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * After a fault: every acknowledged response of a {@link SubmissionLoad} is stored exactly once, no stored response
 * is partial (all its answers are there), and the running score aggregates agree with the stored responses.
 */
public final class Reconciliation {

    /** The API stores an Idempotency-Key as "api:" + key (form tokens have their own prefix). */
    private static final String API_KEY_PREFIX = "api:";

    private Reconciliation() {}

    /** Checks the database of {@code app} (which must be running) against what {@code load} was told; returns rows stored. */
    public static int check(PackagedApp app, SubmissionLoad load) throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection c = app.jdbc()) {
            try (PreparedStatement s = c.prepareStatement(
                    "select submission_key, count(*) from survey_response where submission_key like ? group by submission_key")) {
                s.setString(1, API_KEY_PREFIX + load.prefix() + "-%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1).substring(API_KEY_PREFIX.length()), rs.getInt(2));
                    }
                }
            }
            String where;
            try (PreparedStatement s = c.prepareStatement(
                            "select current_setting('data_directory'), count(*) from survey_response");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                where = "database in " + rs.getString(1) + " with " + rs.getLong(2) + " responses";
            }
            assertThat(stored.values()).as("no response stored twice").allMatch(n -> n == 1);
            assertThat(stored.keySet())
                    .as("every acknowledged response is stored (" + where + ")")
                    .containsAll(load.acknowledged());
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from survey_response where submission_key like ? and not jsonb_exists_all(answers, ?)")) {
                s.setString(1, API_KEY_PREFIX + load.prefix() + "-%");
                Array codes = c.createArrayOf("text", SubmissionLoad.ANSWER_CODES.toArray());
                s.setArray(2, codes);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1))
                            .as("stored responses missing answers")
                            .isZero();
                }
            }
            long questionnaire;
            try (PreparedStatement s =
                            c.prepareStatement("select q.id from questionnaire q join program p on p.id = q.program_id"
                                    + " where p.slug = 'si-mantab' and q.status = 'PUBLISHED'");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                questionnaire = rs.getLong(1);
            }
            given().port(app.port())
                    .auth()
                    .preemptive()
                    .basic(PackagedApp.ADMIN, PackagedApp.ADMIN_PASSWORD)
                    .get("/api/v1/scores/questionnaires/" + questionnaire + "/aggregate-check")
                    .then()
                    .statusCode(200)
                    .body("consistent", org.hamcrest.Matchers.equalTo(true));
        }
        return stored.size();
    }
}
