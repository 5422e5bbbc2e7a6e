package id.suarawarga.common.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Completes {@code quarkus.jackson.fail-on-unknown-properties}: input Jackson would otherwise silently reinterpret
 * ({@code "kind": 1} read as the second enum constant, {@code "year": 2024.5} truncated to 2024, a second JSON value
 * after the body ignored) is refused as a malformed request instead.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
