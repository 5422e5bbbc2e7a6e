package id.suarawarga.common.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding F6 of issue #21: a kept embedded cluster asks every connection for its generated password (before: any local
 * user connected as superuser without one) and listens on loopback only, also after a restart.
 */
class PasswordAuthenticationTest {

    @TempDir
    Path data;

    @Test
    void aKeptClusterTakesOnlyItsGeneratedPasswordOverLoopback() throws Exception {
        String password;
        try (var server = start(data)) {
            password = PasswordAuthentication.secure(data, server.getPort(), "postgres");
            assertRefusedWithoutPassword(server.getPort());
            try (Connection c = connect(server.getPort(), password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("show listen_addresses")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            }
        }
        assertThat(password).hasSizeGreaterThanOrEqualTo(43);
        Path file = data.resolve(PasswordAuthentication.FILE);
        assertThat(Files.readString(file)).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        // the second start: password authentication from the first moment, the same password
        try (var server = start(data)) {
            assertThat(PasswordAuthentication.secure(data, server.getPort(), "postgres"))
                    .isEqualTo(password);
            assertRefusedWithoutPassword(server.getPort());
            connect(server.getPort(), password).close();
        }
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path dir) throws Exception {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setDataDirectoryCustomizer(folder -> PasswordAuthentication.requirePasswords(folder.toPath()));
        PasswordAuthentication.kept(dir).ifPresent(p -> builder.setConnectConfig("password", p));
        return builder.start();
    }

    private static void assertRefusedWithoutPassword(int port) {
        assertThatThrownBy(() -> connect(port, "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(port, "postgres").close()).isInstanceOf(SQLException.class);
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }
}
