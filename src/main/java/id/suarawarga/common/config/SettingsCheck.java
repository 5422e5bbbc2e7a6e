package id.suarawarga.common.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start with settings that cannot work, naming each one. Checked here rather than with Bean Validation
 * annotations on {@link SuaraConfig}: a single constraint there makes Quarkus build a second Hibernate Validator
 * factory for configuration at every start (time the 2 s start budget of issue #6 cannot spare).
 */
@ApplicationScoped
public class SettingsCheck {

    /** The HMAC key of the keyed hashes: at least as long as the SHA-256 output it keys. */
    public static final int MIN_HASH_KEY_BYTES = 32;

    void onStart(@Observes @Priority(1) StartupEvent event, SuaraConfig config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid settings: " + String.join("; ", problems));
        }
    }

    /** Every setting out of range, as "name (ENV_VARIABLE) must …, is …"; empty when all are usable. */
    static List<String> problems(SuaraConfig config) {
        List<String> problems = new ArrayList<>();
        atLeast(problems, "suara.retention.batch-size", config.retention().batchSize(), 1);
        atLeast(problems, "suara.guard.rate-flag-above", config.guard().rateFlagAbove(), 1);
        atLeast(problems, "suara.guard.rate-reject-above", config.guard().rateRejectAbove(), 1);
        atLeast(
                problems,
                "suara.security.max-failed-sign-ins",
                config.security().maxFailedSignIns(),
                1);
        int cost = config.security().bcryptCost();
        if (cost < 4 || cost > 31) {
            problems.add(named("suara.security.bcrypt-cost") + " must be between 4 and 31, is " + cost);
        }
        config.privacy().hashKey().ifPresent(key -> {
            // checked here so that a short key stops the start, instead of failing every submission later
            if (key.getBytes(StandardCharsets.UTF_8).length < MIN_HASH_KEY_BYTES) {
                problems.add(named("suara.privacy.hash-key") + " must be at least " + MIN_HASH_KEY_BYTES
                        + " characters, is " + key.length() + " (its value is not shown)");
            }
        });
        if (!(config.score().indexMin() < config.score().indexMax())) {
            problems.add(named("suara.score.index-min") + " must be below " + named("suara.score.index-max") + ", is "
                    + config.score().indexMin() + " and " + config.score().indexMax());
        }
        return problems;
    }

    private static void atLeast(List<String> problems, String name, long value, long minimum) {
        if (value < minimum) {
            problems.add(named(name) + " must be at least " + minimum + ", is " + value);
        }
    }

    private static String named(String property) {
        return property + " (" + property.toUpperCase().replace('.', '_').replace('-', '_') + ")";
    }
}
