package id.suarawarga.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Every setting of our own, under the {@code suara.} prefix; each one is listed in the README's configuration table. */
@ConfigMapping(prefix = "suara")
public interface SuaraConfig {

    EmbeddedDb embeddedDb();

    Demo demo();

    Api api();

    /** The embedded PostgreSQL, started only when no external datasource URL is configured. */
    interface EmbeddedDb {
        /** Start an embedded PostgreSQL when {@code quarkus.datasource.jdbc.url} is not set. */
        @WithDefault("true")
        boolean enabled();

        /** Folder that keeps the data across restarts; unset means a throw-away cluster (tests). */
        Optional<String> dataDir();

        /** TCP port on loopback; 0 picks a free one. */
        @WithDefault("0")
        int port();
    }

    /** Demo data: Kota Banjarmasin 2024 and its six Quick Win programs. */
    interface Demo {
        @WithDefault("false")
        boolean enabled();
    }

    /** Limits of the JSON API. */
    interface Api {
        /** Larger request bodies are refused with a 413 problem before anything is parsed. */
        @WithDefault("256K")
        MemorySize maxBodySize();
    }
}
