package id.suarawarga.common.embeddeddb;

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
 * Supplies the datasource URL of an embedded PostgreSQL when no external database is configured.
 *
 * <p>Runs while configuration is assembled, before any bean exists: that is the only point where the
 * datasource URL can still be provided. An external {@code quarkus.datasource.jdbc.url} always wins.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    /** Below application.properties (250) and environment variables (300): a configured URL always wins. */
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Config factories also run during the build (augmentation); starting a database there is wrong.
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT) {
            return List.of();
        }
        if (isSet(context.getValue("quarkus.datasource.jdbc.url"))
                || !Boolean.parseBoolean(valueOr(context.getValue("suara.embedded-db.enabled"), "true"))) {
            return List.of();
        }
        String dataDir = valueOr(context.getValue("suara.embedded-db.data-dir"), null);
        int port = Integer.parseInt(valueOr(context.getValue("suara.embedded-db.port"), "0"));
        EmbeddedPostgres.Connection connection = EmbeddedPostgres.startOrReuse(
                dataDir == null ? null : Path.of(dataDir), port, LaunchMode.current() == LaunchMode.NORMAL);
        return List.of(new PropertiesConfigSource(
                Map.of(
                        "quarkus.datasource.jdbc.url", connection.jdbcUrl(),
                        "quarkus.datasource.username", connection.username(),
                        "quarkus.datasource.password", connection.password()),
                "EmbeddedPostgreSQL",
                ORDINAL));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue().trim() : fallback;
    }
}
