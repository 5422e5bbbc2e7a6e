package id.suarawarga.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    @Test
    void theDefaultsAreUsable() {
        assertThat(SettingsCheck.problems(config(Map.of()))).isEmpty();
    }

    @Test
    void everyUnusableSettingIsNamedWithItsEnvironmentVariable() {
        var problems = SettingsCheck.problems(config(Map.of(
                "suara.retention.batch-size", "0",
                "suara.guard.rate-flag-above", "-1",
                "suara.security.bcrypt-cost", "3",
                "suara.privacy.hash-key", "too-short-key",
                "suara.score.index-min", "4",
                "suara.score.index-max", "4")));

        assertThat(problems)
                .containsExactly(
                        "suara.retention.batch-size (SUARA_RETENTION_BATCH_SIZE) must be at least 1, is 0",
                        "suara.guard.rate-flag-above (SUARA_GUARD_RATE_FLAG_ABOVE) must be at least 1, is -1",
                        "suara.security.bcrypt-cost (SUARA_SECURITY_BCRYPT_COST) must be between 4 and 31, is 3",
                        "suara.privacy.hash-key (SUARA_PRIVACY_HASH_KEY) must be at least 32 characters, is 13 (its value is not shown)",
                        "suara.score.index-min (SUARA_SCORE_INDEX_MIN) must be below suara.score.index-max (SUARA_SCORE_INDEX_MAX), is 4.0 and 4.0");
    }

    private static SuaraConfig config(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SuaraConfig.class)
                // Quarkus' own converters ("5S", "1M"), as the application has them
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
        return config.getConfigMapping(SuaraConfig.class);
    }
}
