package id.suarawarga.common.embeddeddb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts (once per JVM) a real PostgreSQL from the zonky binaries shipped as a Maven artifact.
 *
 * <p>With a data folder the cluster is durable (fsync and synchronous commit on) and survives restarts;
 * without one it is a throw-away cluster for tests, deleted when the JVM exits.
 */
public final class EmbeddedPostgres {

    /**
     * JVM-wide memo of the started server. Dev-mode live reload restarts the application in a new class
     * loader, so a static field would be lost and a second server started; a system property survives.
     * The name is deliberately outside the {@code suara.} config namespace.
     */
    static final String STARTED_URL_PROPERTY = "id.suarawarga.embedded-db.started-jdbc-url";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String USER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    /** What the datasource needs to reach the embedded server. */
    public record Connection(String jdbcUrl, String username, String password) {}

    /** The server to stop once the app has shut down (the packaged jar); null in dev mode and tests. */
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres stopAfterApp;

    private EmbeddedPostgres() {}

    /**
     * @param stopWithApp true: stop the server only after the app's own shutdown ({@link #stopAfterApp()}), so
     *     submissions still in flight on SIGTERM are stored. zonky's JVM shutdown hook would stop it at once, in
     *     parallel with the app's shutdown. Dev mode and tests restart the app in one JVM and keep zonky's hook.
     */
    static synchronized Connection startOrReuse(Path dataDir, int port, boolean stopWithApp) {
        String started = System.getProperty(STARTED_URL_PROPERTY);
        if (started != null) {
            String password = dataDir == null
                    ? USER
                    : PasswordAuthentication.kept(dataDir.toAbsolutePath()).orElse(USER);
            return new Connection(started, USER, password);
        }
        try {
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setPort(port)
                            .setPGStartupWait(STARTUP_WAIT)
                            .setRegisterShutdownHook(!stopWithApp)
                            // loopback only, whatever a postgresql.conf in the folder says
                            .setServerConfig("listen_addresses", "127.0.0.1");
            if (dataDir != null) {
                Path absolute = dataDir.toAbsolutePath();
                Files.createDirectories(absolute);
                OrphanedPostmaster.stopIfRunning(absolute);
                builder.setDataDirectory(absolute.toFile())
                        .setCleanDataDirectory(false)
                        // zonky defaults favour speed for throw-away test clusters; kept data must be durable
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        // a kept cluster has a password (from its second start on, before the server starts)
                        .setDataDirectoryCustomizer(folder -> PasswordAuthentication.requirePasswords(folder.toPath()));
                PasswordAuthentication.kept(absolute).ifPresent(p -> builder.setConnectConfig("password", p));
            }
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = builder.start();
            String password = dataDir == null
                    ? USER // a throw-away cluster of a test run, in a fresh temporary folder
                    : PasswordAuthentication.secure(dataDir.toAbsolutePath(), server.getPort(), USER);
            // without stopWithApp zonky registers its own shutdown hook that stops the server (pg_ctl stop -m fast)
            if (stopWithApp) {
                stopAfterApp = server;
            }
            String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
            System.setProperty(STARTED_URL_PROPERTY, url);
            LOG.infof(
                    "Embedded PostgreSQL started on port %d, data in %s",
                    server.getPort(),
                    Optional.ofNullable(dataDir)
                            .map(d -> d.toAbsolutePath().toString())
                            .orElse("a temporary folder"));
            return new Connection(url, USER, password);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL"
                            + (dataDir == null ? "" : " with data in " + dataDir.toAbsolutePath())
                            + ": " + e.getMessage()
                            + ". Set QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL instead.",
                    e);
        }
    }

    /** Stops the server started with {@code stopWithApp} (pg_ctl stop -m fast); nothing otherwise. */
    static synchronized void stopAfterApp() {
        if (stopAfterApp == null) {
            return;
        }
        try {
            stopAfterApp.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warnf("Could not stop the embedded PostgreSQL: %s (the next start clears it)", e.getMessage());
        } finally {
            stopAfterApp = null;
            System.clearProperty(STARTED_URL_PROPERTY);
        }
    }
}
