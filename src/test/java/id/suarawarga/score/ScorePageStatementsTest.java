package id.suarawarga.score;

import static id.suarawarga.score.EvaluationApiTest.answer;
import static id.suarawarga.score.EvaluationApiTest.evaluator;
import static id.suarawarga.score.EvaluationApiTest.evaluatorKey;
import static id.suarawarga.score.EvaluationApiTest.program;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page of program scores costs a constant handful of SQL statements on one connection, whatever its size:
 * counted by Hibernate's statistics (on in the test profile), which see every statement the app sends, native ones
 * included.
 */
@QuarkusTest
class ScorePageStatementsTest {

    /** The API key's lookup, the snapshot, the page with its count, the current versions, every version's sums. */
    private static final int STATEMENTS_PER_PAGE = 5;

    @Inject
    Database database;

    @Inject
    SessionFactory sessions;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void readsAPageOfTwentyProgramScoresInFiveStatementsOnOneConnection() {
        String[] subDimensions = {"LAYANAN_PUBLIK", "TRANSACTION"};
        for (int i = 0; i < 22; i++) {
            program("Program " + i, subDimensions[i % 2]);
        }
        answer("program-0", "a", 4);
        answer("program-1", "b", 3);
        String key = evaluatorKey("63.71");

        Statistics statistics = sessions.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        // a key's first use in a minute also writes its last use (one statement, at most once a minute): not a read
        read(key, 1);

        statistics.clear();
        JsonPath page = read(key, 20);
        long twenty = statistics.getPrepareStatementCount();
        long connections = statistics.getConnectCount();

        statistics.clear();
        read(key, 5);
        long five = statistics.getPrepareStatementCount();

        assertThat(page.getList("items")).hasSize(20);
        assertThat(page.getLong("totalItems")).isEqualTo(22);
        assertThat(page.getInt("items.find { it.name == 'Program 0' }.scores.responses"))
                .isEqualTo(1);
        assertThat(twenty).as("statements for a page of 20").isLessThanOrEqualTo(STATEMENTS_PER_PAGE);
        assertThat(five).as("statements do not grow with the page").isEqualTo(twenty);
        // the key's lookup commits on its own; the page is one transaction on one connection
        assertThat(connections).as("connections for a page of 20").isLessThanOrEqualTo(2);
    }

    private static JsonPath read(String key, int size) {
        return evaluator(key)
                .queryParam("region", "63.71")
                .queryParam("size", size)
                .get("/api/v1/scores/programs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
