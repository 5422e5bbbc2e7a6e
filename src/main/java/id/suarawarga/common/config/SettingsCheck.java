package id.suarawarga.common.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start with settings that cannot work, naming each one. Checked here rather than with Bean Validation
 * annotations on {@link SuaraConfig}: a single constraint there makes Quarkus build a second Hibernate Validator
 * factory for configuration at every start (time the 2 s start budget of issue #6 cannot spare).
 */
@ApplicationScoped
public class SettingsCheck {

    /** The HMAC key of the keyed hashes: at least as long as the SHA-256 output it keys. */
    public static final int MIN_HASH_KEY_BYTES = 32;

    /** The key that encrypts staff session cookies (Quarkus form authentication). */
    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";

    static final int MIN_SESSION_KEY_CHARS = 32;

    void onStart(@Observes @Priority(1) StartupEvent event, SuaraConfig config) {
        List<String> problems = problems(config);
        problems.addAll(sessionKeyProblems(
                ConfigProvider.getConfig().getOptionalValue(SESSION_KEY, String.class), LaunchMode.current()));
        problems.addAll(publicBaseUrlProblems(
                config.publicBaseUrl(), LaunchMode.current(), config.demo().enabled()));
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
        config.publicBaseUrl().ifPresent(url -> {
            if (!url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
                problems.add(named("suara.public-base-url") + " must be an http(s) address such as"
                        + " https://suara.example.go.id, is " + url);
            }
        });
        if (!(config.score().indexMin() < config.score().indexMax())) {
            problems.add(named("suara.score.index-min") + " must be below " + named("suara.score.index-max") + ", is "
                    + config.score().indexMin() + " and " + config.score().indexMax());
        }
        return problems;
    }

    /**
     * The staff session key: production must configure one (a generated key would differ per replica and end sessions
     * at each restart; Quarkus' own fallback even prints it), and it must be long enough. Its value is never shown.
     */
    static List<String> sessionKeyProblems(Optional<String> key, LaunchMode mode) {
        if (key.isEmpty() || key.get().isBlank()) {
            return mode == LaunchMode.NORMAL
                    ? List.of(named(SESSION_KEY) + " must be set in production (at least " + MIN_SESSION_KEY_CHARS
                            + " random characters, the same on every replica; e.g. openssl rand -base64 32)")
                    : List.of();
        }
        if (key.get().length() < MIN_SESSION_KEY_CHARS) {
            return List.of(named(SESSION_KEY) + " must be at least " + MIN_SESSION_KEY_CHARS + " characters, is "
                    + key.get().length() + " (its value is not shown)");
        }
        return List.of();
    }

    /**
     * Production prints links and QR codes on posters: their address comes from configuration, never from a request's
     * Host header. Dev mode and the demo may use the request's address (only a trusted proxy can change it).
     */
    static List<String> publicBaseUrlProblems(Optional<String> url, LaunchMode mode, boolean demo) {
        return url.isEmpty() && mode == LaunchMode.NORMAL && !demo
                ? List.of(named("suara.public-base-url") + " must be set in production (the address residents use,"
                        + " e.g. https://suara.banjarmasinkota.go.id; it goes into every QR code and printed link)")
                : List.of();
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
