package id.suarawarga.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void productionRefusesToStartWithoutASessionKeyAndNamesTheVariable() {
        assertThat(SettingsCheck.sessionKeyProblems(Optional.empty(), LaunchMode.NORMAL))
                .singleElement()
                .asString()
                .startsWith(
                        "quarkus.http.auth.session.encryption-key (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) must be"
                                + " set in production");
        assertThat(SettingsCheck.sessionKeyProblems(Optional.of("kurang-panjang-123"), LaunchMode.NORMAL))
                .singleElement()
                .asString()
                .contains("at least 32 characters, is 18")
                .doesNotContain("kurang-panjang-123");
        assertThat(SettingsCheck.sessionKeyProblems(Optional.of("k".repeat(44)), LaunchMode.NORMAL))
                .isEmpty();
        // dev mode and tests get a generated one (SessionKeyConfigSourceFactory)
        assertThat(SettingsCheck.sessionKeyProblems(Optional.empty(), LaunchMode.TEST))
                .isEmpty();
    }

    @Test
    void productionWithoutTheDemoNeedsThePublicAddressForLinksAndQrCodes() {
        assertThat(SettingsCheck.publicBaseUrlProblems(Optional.empty(), LaunchMode.NORMAL, false))
                .singleElement()
                .asString()
                .startsWith("suara.public-base-url (SUARA_PUBLIC_BASE_URL) must be set in production");
        assertThat(SettingsCheck.publicBaseUrlProblems(Optional.empty(), LaunchMode.NORMAL, true))
                .isEmpty();
        assertThat(SettingsCheck.problems(config(Map.of("suara.public-base-url", "evil.example/s"))))
                .singleElement()
                .asString()
                .contains("must be an http(s) address");
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
