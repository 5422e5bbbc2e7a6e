package id.suarawarga.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that has reached a database is never edited: Flyway checks each applied migration's checksum at start, so
 * changing one (even a comment) stops every existing installation from starting after the upgrade ("Migration checksum
 * mismatch"). Session 8 did exactly that to three comments in V3, V9 and V10, and only an old build failing to start on
 * a new database showed it. {@code src/test/resources/db/released-migrations.txt} holds the SHA-256 of every released
 * migration; a new migration is added to the list when it is released (with a version above all listed ones).
 */
class ReleasedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.txt");

    @Test
    void noReleasedMigrationChangedOrDisappeared() throws IOException {
        Map<String, String> released = released();
        Map<String, String> present = present();
        assertThat(released).as("the list of released migrations").isNotEmpty();
        for (Map.Entry<String, String> migration : released.entrySet()) {
            assertThat(present)
                    .as("released migration %s is still there", migration.getKey())
                    .containsKey(migration.getKey());
            assertThat(present.get(migration.getKey()))
                    .as("released migration %s is unchanged (write a new migration instead)", migration.getKey())
                    .isEqualTo(migration.getValue());
        }
    }

    @Test
    void newMigrationsComeAfterEveryReleasedOne() throws IOException {
        Map<String, String> released = released();
        double lastReleased = released.keySet().stream()
                .mapToDouble(ReleasedMigrationsTest::version)
                .max()
                .orElseThrow();
        List<String> unreleasedBelow = present().keySet().stream()
                .filter(name -> !released.containsKey(name))
                .filter(name -> version(name) <= lastReleased)
                .toList();
        assertThat(unreleasedBelow)
                .as(
                        "a new migration numbered below the last released one (V%s) would not run on an upgraded database",
                        lastReleased)
                .isEmpty();
    }

    @Test
    void theChecksumDetectsAOneCharacterChange() {
        assertThat(sha256("-- a comment\n".getBytes())).isNotEqualTo(sha256("-- a comment.\n".getBytes()));
    }

    /** V14_1__name.sql → 14.1 */
    static double version(String fileName) {
        String version = fileName.substring(1, fileName.indexOf("__")).replace('_', '.');
        return Double.parseDouble(version);
    }

    private static Map<String, String> released() throws IOException {
        try (Stream<String> lines = Files.lines(RELEASED)) {
            return lines.filter(line -> !line.isBlank())
                    .map(line -> line.split(" "))
                    .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1], (a, b) -> a, TreeMap::new));
        }
    }

    private static Map<String, String> present() throws IOException {
        Map<String, String> present = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                present.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return present;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
