package id.suarawarga.common.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A generated secret kept in a file of the data folder (readable by its owner only), so it survives restarts without
 * ever being printed. Used where no value was configured and a generated one is acceptable (dev mode, the demo).
 */
public final class KeptSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeptSecret() {}

    /** A new random secret: 32 random bytes, URL-safe Base64 (43 characters). */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secret in {@code folder/name}, made (owner-only) on first use. */
    public static synchronized String readOrCreate(Path folder, String name) {
        Path file = folder.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            Files.createDirectories(folder);
            String secret = random();
            Path temporary = folder.resolve(name + ".new");
            Files.deleteIfExists(temporary);
            try {
                Files.createFile(
                        temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, secret, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a generated secret in " + file.toAbsolutePath(), e);
        }
    }
}
