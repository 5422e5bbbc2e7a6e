package id.suarawarga.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A real PostgreSQL (the zonky binaries) that a test can stop and start again on the same port with the same data,
 * as a database restart or failover looks to the app: durable settings, like a production server.
 */
public final class StandalonePostgres implements AutoCloseable {

    private static final int FIRST_START_ATTEMPTS = 3;

    private final Path dataDir;
    private int port;
    private boolean started;
    private EmbeddedPostgres server;

    public StandalonePostgres(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Starts the server (again, on the same port); returns when it accepts connections. The port is chosen free just
     * before the first start, and another process can take it in between, so a first start that fails is tried again
     * on another port. Later starts must keep the port the app was given.
     */
    public StandalonePostgres start() throws IOException {
        if (started) {
            server = startOn(port);
            return this;
        }
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            try {
                server = startOn(port);
                started = true;
                return this;
            } catch (IOException | RuntimeException e) {
                if (attempt == FIRST_START_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private EmbeddedPostgres startOn(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
