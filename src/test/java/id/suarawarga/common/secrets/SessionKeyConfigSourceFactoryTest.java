package id.suarawarga.common.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeyConfigSourceFactoryTest {

    @TempDir
    Path data;

    @Test
    void theDemoAndDevModeKeepAGeneratedKeyOwnerOnlyInTheDataFolder() throws Exception {
        String first = SessionKeyConfigSourceFactory.generated(LaunchMode.NORMAL, true, data.toString());
        String again = SessionKeyConfigSourceFactory.generated(LaunchMode.DEVELOPMENT, false, data.toString());

        assertThat(first).hasSizeGreaterThanOrEqualTo(43).isEqualTo(again);
        Path file = data.resolve(SessionKeyConfigSourceFactory.FILE);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void productionWithoutTheDemoGetsNoGeneratedKey() {
        assertThat(SessionKeyConfigSourceFactory.generated(LaunchMode.NORMAL, false, data.toString()))
                .isNull();
        assertThat(data.resolve(SessionKeyConfigSourceFactory.FILE)).doesNotExist();
    }
}
