package id.suarawarga.common.secrets;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the staff session key ({@code quarkus.http.auth.session.encryption-key}) where none is configured and a
 * generated one is acceptable: in dev mode and with the demo, kept in {@code suara.secrets-dir} (so sessions survive
 * restarts); in tests, one per run in memory. A production start without a configured key gets none here, and
 * {@code SettingsCheck} refuses it by name. The key is never logged (Quarkus would print its own temporary one).
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    public static final String KEY = "quarkus.http.auth.session.encryption-key";
    static final String FILE = "session-encryption-key";
    /** Below application.properties (250) and environment variables (300): a configured key always wins. */
    private static final int ORDINAL = 40;

    private static String testKey;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || isSet(context.getValue(KEY))) {
            return List.of();
        }
        String key = generated(
                LaunchMode.current(),
                Boolean.parseBoolean(valueOr(context.getValue("suara.demo.enabled"), "false")),
                valueOr(context.getValue("suara.secrets-dir"), null));
        return key == null
                ? List.of()
                : List.of(new PropertiesConfigSource(Map.of(KEY, key), "GeneratedSessionKey", ORDINAL));
    }

    /** The generated key for this kind of start, or null where one must be configured (production without demo). */
    static String generated(LaunchMode mode, boolean demo, String secretsDir) {
        if (mode == LaunchMode.TEST || secretsDir == null && mode == LaunchMode.DEVELOPMENT) {
            synchronized (SessionKeyConfigSourceFactory.class) {
                if (testKey == null) {
                    testKey = KeptSecret.random();
                }
                return testKey;
            }
        }
        if ((mode == LaunchMode.DEVELOPMENT || demo) && secretsDir != null) {
            return KeptSecret.readOrCreate(Path.of(secretsDir), FILE);
        }
        return null;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue().trim() : fallback;
    }
}
