package id.suarawarga.common.embeddeddb;

import id.suarawarga.common.secrets.KeptSecret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Password authentication for a kept embedded cluster. zonky's initdb trusts every local connection; here the
 * superuser gets a generated password (kept in the data folder, owner-only), and {@code pg_hba.conf} then asks every
 * connection for it (scram-sha-256), over loopback only.
 */
final class PasswordAuthentication {

    /** The password file, inside the cluster's folder so that the two always travel together. */
    static final String FILE = "suara-password";

    static final String HBA = """
            # Written by Suara Warga (common/embeddeddb/PasswordAuthentication): password authentication only,
            # over loopback only; the password is in suara-password next to this file.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private PasswordAuthentication() {}

    /** The kept password of the cluster in {@code dataDir}, if it already has one. */
    static Optional<String> kept(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }

    /** Before the server starts: a cluster that has its password only takes password connections. */
    static void requirePasswords(Path dataDir) {
        if (kept(dataDir).isPresent()) {
            writeHba(dataDir);
        }
    }

    /**
     * After the first start of a new cluster (still trusting): gives the superuser a generated password, keeps it, and
     * switches to password authentication. Returns the password.
     */
    static String secure(Path dataDir, int port, String user) throws IOException {
        Optional<String> kept = kept(dataDir);
        if (kept.isPresent()) {
            return kept.get();
        }
        String password = KeptSecret.readOrCreate(dataDir, FILE + ".new");
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + user + " password '" + password.replace("'", "''") + "'");
            Files.move(dataDir.resolve(FILE + ".new"), dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            writeHba(dataDir);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's password: " + e.getMessage(), e);
        }
        return password;
    }

    private static void writeHba(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + dataDir.resolve("pg_hba.conf"), e);
        }
    }
}
