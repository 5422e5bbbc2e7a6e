package id.suarawarga.common.embeddeddb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Stops a PostgreSQL left running by a JVM that was killed with SIGKILL.
 *
 * <p>zonky stops the server from a shutdown hook, which never runs after {@code kill -9}; the orphaned
 * postmaster keeps holding the data folder and the next start fails on its lock file.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return; // not a pid file we understand; let PostgreSQL report it
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(OrphanedPostmaster::isPostgres);
        if (process.isEmpty()) {
            return; // stale file of a dead server: PostgreSQL removes it itself
        }
        LOG.warnf("Stopping PostgreSQL (pid %d) left running on %s by an earlier run", pid, dataDir);
        // SIGTERM = PostgreSQL's "smart" shutdown; then wait for it to release the folder
        process.get().destroy();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("PostgreSQL pid " + pid + " still holds " + dataDir + "; stop it and retry", e);
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }
}
