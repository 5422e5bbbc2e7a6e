package id.suarawarga.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A real PostgreSQL (the zonky binaries) that a test can stop and start again on the same port with the same data,
 * as a database restart or failover looks to the app: durable settings, like a production server.
 */
public final class StandalonePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    public StandalonePostgres(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = PackagedApp.freePort();
    }

    /** Starts the server (again); returns when it accepts connections. */
    public StandalonePostgres start() throws IOException {
        server = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        return this;
    }

    /** Stops it (pg_ctl stop -m fast: open connections are cut, as in a crash of the primary or a failover). */
    public void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
