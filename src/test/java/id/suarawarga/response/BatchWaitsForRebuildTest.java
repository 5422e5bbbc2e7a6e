package id.suarawarga.response;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.score.AggregateLocks;
import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch of new responses is one auto-committed statement that takes its questionnaires' shared aggregate locks
 * itself: while an aggregate rebuild holds the exclusive lock of that questionnaire, the batch waits, and it is stored
 * (with its aggregates) once the rebuild ends. Without the lock in the statement it would not wait.
 */
@QuarkusTest
class BatchWaitsForRebuildTest {

    private static final String HASH = "ab".repeat(32);

    @Inject
    Database database;

    @Inject
    GroupCommitInserter inserter;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void aBatchWaitsWhileARebuildHoldsItsQuestionnaireAndIsStoredAfterwards() throws Exception {
        long questionnaire = Api.createDraft(Api.createProgram("63.71", "Program Kunci"));
        Api.publish(questionnaire);
        CompletableFuture<Optional<ResponseQueries.Stored>> stored;
        try (Connection rebuild = dataSource.getConnection()) {
            rebuild.setAutoCommit(false);
            try (PreparedStatement lock = rebuild.prepareStatement(AggregateLocks.EXCLUSIVE_FOR_REBUILD)) {
                lock.setLong(1, questionnaire);
                lock.executeQuery().close();
            }
            stored = inserter.insertAsync(new ResponseQueries.NewRow(
                    questionnaire,
                    "api:lock-1",
                    HASH,
                    Channel.API,
                    "id",
                    1,
                    "{\"MANFAAT\":4,\"AKSES\":3}",
                    null,
                    null,
                    HASH,
                    List.of(),
                    List.of(new ScoredAnswer("MANFAAT", "BENEFIT", 4, 4)))); // what SubmissionService would send

            Thread.sleep(500);
            assertThat(stored).isNotDone();
            assertThat(database.count("select count(*) from pg_locks where locktype = 'advisory' and not granted"))
                    .isEqualTo(1);
            rebuild.rollback();
        }

        assertThat(stored.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(database.count("select count(*) from survey_response where questionnaire_id = " + questionnaire))
                .isEqualTo(1);
        assertThat(database.count("select coalesce(sum(n), 0) from question_aggregate where questionnaire_id = "
                        + questionnaire + " and question_code = 'MANFAAT'"))
                .isEqualTo(1);
    }
}
