package id.suarawarga.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database itself refuses responses to a draft (V7's statement-level trigger), whatever path writes them: the
 * pages and the API never offer a draft, this is the last line behind them.
 */
@QuarkusTest
class DraftTakesNoResponsesTest {

    private static final String HASH = "0".repeat(64);

    @Inject
    Database database;

    @Inject
    GroupCommitInserter inserter;

    @Inject
    ResponseQueries responses;

    private long draft;

    @BeforeEach
    void draft() {
        database.wipe();
        draft = Api.createDraft(Api.createProgram("63.71", "Program Draf"));
    }

    @Test
    void aBatchWithADraftsResponseIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> inserter.insert(row("batch-1")))
                .isInstanceOf(ResponseStoreException.class)
                .hasStackTraceContaining("questionnaire " + draft + " is a draft and takes no responses");

        assertThat(database.count("select count(*) from survey_response")).isZero();
        assertThat(database.count("select count(*) from question_aggregate")).isZero();
    }

    @Test
    void aSingleInsertIsRefusedToo() {
        assertThatThrownBy(() -> responses.insert(row("single-1")))
                .hasStackTraceContaining("is a draft and takes no responses");

        assertThat(database.count("select count(*) from survey_response")).isZero();
    }

    private ResponseQueries.NewRow row(String key) {
        return new ResponseQueries.NewRow(
                draft,
                "api:" + key,
                HASH,
                Channel.API,
                "id",
                1,
                "{\"MANFAAT\":4,\"AKSES\":3}",
                null,
                null,
                HASH,
                List.of(),
                List.of());
    }
}
