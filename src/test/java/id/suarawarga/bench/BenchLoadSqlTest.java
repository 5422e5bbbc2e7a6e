package id.suarawarga.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' bulk loads (bench/sql/*.sql) run on today's schema: each is run here as the scripts run it, so a
 * migration that breaks a benchmark fails the build instead of the next person who wants a figure. The writer's
 * statement that bench/batch-statement.sh reads out of the Java source keeps the shape the script expects.
 */
@QuarkusTest
class BenchLoadSqlTest {

    private static final Path LOADS = Path.of("bench/sql");
    private static final int ROWS = 50;

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void everyBenchmarkLoadStoresItsRowsOnTodaysSchema() throws IOException {
        long questionnaire = Surveys.publishedSkm();
        List<Path> loads;
        try (Stream<Path> files = Files.list(LOADS)) {
            loads = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(loads)
                .extracting(p -> p.getFileName().toString())
                .contains(
                        "dashboard-responses.sql",
                        "export-responses.sql",
                        "retention-responses.sql",
                        "scores-responses.sql");
        int first = 1;
        for (Path load : loads) {
            String sql = Files.readString(load)
                    .replaceAll(":questionnaire\\b", Long.toString(questionnaire))
                    .replaceAll(":first\\b", Integer.toString(first))
                    .replaceAll(":last\\b", Integer.toString(first + ROWS - 1));
            // psql ends its session after the file; a pooled connection must not keep a session setting
            database.execute(sql + "\nreset session_replication_role;");
            assertThat(database.count("select count(*) from survey_response where questionnaire_id = " + questionnaire
                            + " and submission_key between 'bulk-" + first + "' and 'bulk-" + (first + ROWS - 1) + "'"))
                    .as(load.toString())
                    .isPositive();
            first += 1000;
        }
        assertThat(database.count("select count(*) from survey_response where questionnaire_id = " + questionnaire))
                .isEqualTo((long) ROWS * loads.size());
    }

    @Test
    void theWritersStatementKeepsTheShapeBatchStatementShReads() throws IOException {
        String source = Files.readString(Path.of("src/main/java/id/suarawarga/response/ResponseQueries.java"));
        String script = Files.readString(Path.of("bench/batch-statement.sh"));
        assertThat(script).contains("SOURCE=src/main/java/id/suarawarga/response/ResponseQueries.java");
        assertThat(source)
                .containsPattern("(?m)^ *t as \\($")
                .containsPattern("(?m)from ins\"\"\"")
                .containsPattern("(?m)^ *flagged\\),$")
                .contains("from input where (%s) >= 0", "from answers x join ins", "respondent_sums");
        assertThat(Files.readString(Path.of("src/main/java/id/suarawarga/score/AggregateLocks.java")))
                .containsPattern("CLASS_KEY = 0x[0-9a-fA-F_]+");
    }
}
