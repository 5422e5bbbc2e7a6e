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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database keeps only well-formed hashes in a response, whatever path writes it: 32 bytes (V10), which the app
 * hands over as 64 hex digits.
 */
@QuarkusTest
class HashChecksTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    @Inject
    Database database;

    @Inject
    ResponseQueries responses;

    private long questionnaire;

    @BeforeEach
    void published() {
        database.wipe();
        questionnaire = Api.createDraft(Api.createProgram("63.71", "Program Uji Hash"));
        Api.publish(questionnaire);
    }

    @Test
    void aWellFormedHashIsStored() {
        assertThat(responses.insert(row("ok", HASH, HASH, HASH))).isPresent();
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd", // 31 bytes
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef00", // 33 bytes
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", // an odd number of digits
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", // not hex
                "10.20.30.40", // a raw address
                ""
            })
    void aMalformedHashIsRefusedInEveryColumnAndNothingIsWritten(String bad) {
        // a value of the wrong length breaks the column's check; one that is not hex cannot even be converted (V10)
        assertThatThrownBy(() -> responses.insert(row("request", bad, HASH, HASH)))
                .satisfiesAnyOf(
                        e -> assertThat(e).hasStackTraceContaining("survey_response_request_hash_check"),
                        e -> assertThat(e).hasStackTraceContaining("hexadecimal"));
        assertThatThrownBy(() -> responses.insert(row("device", HASH, bad, HASH)))
                .satisfiesAnyOf(
                        e -> assertThat(e).hasStackTraceContaining("survey_response_device_hash_check"),
                        e -> assertThat(e).hasStackTraceContaining("hexadecimal"));
        assertThatThrownBy(() -> responses.insert(row("source", HASH, HASH, bad)))
                .satisfiesAnyOf(
                        e -> assertThat(e).hasStackTraceContaining("survey_response_source_hash_check"),
                        e -> assertThat(e).hasStackTraceContaining("hexadecimal"));

        assertThat(database.count("select count(*) from survey_response")).isZero();
        assertThat(database.count("select count(*) from question_aggregate")).isZero();
    }

    private ResponseQueries.NewRow row(String key, String requestHash, String deviceHash, String sourceHash) {
        return new ResponseQueries.NewRow(
                questionnaire,
                "api:" + key,
                requestHash,
                Channel.API,
                "id",
                1,
                "{\"MANFAAT\":4,\"AKSES\":3}",
                null,
                deviceHash,
                sourceHash,
                List.of(),
                List.of());
    }
}
