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
 * The database keeps only well-formed keyed hashes (64 lower-case hex digits) in a response, whatever path writes it
 * (V8 checks them without regular expressions; the rule is the same as before).
 */
@QuarkusTest
class HashChecksTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    @Inject
    Database database;

    @Inject
    ResponseRepository responses;

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
    @ValueSource(strings = {
            "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", // upper case
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", // 63 digits
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", // not hex
            " 123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // a space inside
            ""})
    void aMalformedHashIsRefusedInEveryColumnAndNothingIsWritten(String bad) {
        assertThatThrownBy(() -> responses.insert(row("request", bad, HASH, HASH)))
                .hasStackTraceContaining("survey_response_request_hash_check");
        assertThatThrownBy(() -> responses.insert(row("device", HASH, bad, HASH)))
                .hasStackTraceContaining("survey_response_device_hash_check");
        assertThatThrownBy(() -> responses.insert(row("source", HASH, HASH, bad)))
                .hasStackTraceContaining("survey_response_source_hash_check");

        assertThat(database.count("select count(*) from survey_response")).isZero();
        assertThat(database.count("select count(*) from question_aggregate")).isZero();
    }

    private ResponseRepository.NewRow row(String key, String requestHash, String deviceHash, String sourceHash) {
        return new ResponseRepository.NewRow(questionnaire, "api:" + key, requestHash, Channel.API, "id", 1,
                "{\"MANFAAT\":4,\"AKSES\":3}", null, deviceHash, sourceHash, List.of(), List.of());
    }
}
