package id.suarawarga.response;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed pass a counter tablet holds (as a cookie) once staff enrolled it for one program's survey: a random
 * kiosk id and the enrolment time, signed with the keyed hasher's key so it cannot be forged. Stateless; it expires
 * after {@link #VALID_FOR} (enrol the tablet again).
 */
@ApplicationScoped
public class KioskPass {

    /** How long an enrolment lasts. */
    public static final Duration VALID_FOR = Duration.ofDays(180);

    private static final int ID_BYTES = 9;
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final KeyedHasher hasher;
    private final SecureRandom random = new SecureRandom();

    KioskPass(KeyedHasher hasher) {
        this.hasher = hasher;
    }

    /** A new pass for the survey at {@code /s/{slug}}. */
    public String issue(String slug, Instant now) {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        byte[] payload = ByteBuffer.allocate(ID_BYTES + Long.BYTES)
                .put(id)
                .putLong(now.toEpochMilli())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature(slug, payload));
    }

    /** The kiosk's id, if the pass is one we issued for this survey and it has not expired. */
    public Optional<String> verify(String slug, String pass, Instant now) {
        if (pass == null || pass.length() > 80) {
            return Optional.empty();
        }
        String[] parts = pass.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            if (payload.length != ID_BYTES + Long.BYTES || !hasher.matches(signature(slug, payload), signature)) {
                return Optional.empty();
            }
            Instant enrolled = Instant.ofEpochMilli(
                    ByteBuffer.wrap(payload, ID_BYTES, Long.BYTES).getLong());
            if (enrolled.plus(VALID_FOR).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of("kiosk:" + ENCODER.encodeToString(Arrays.copyOf(payload, ID_BYTES)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] signature(String slug, byte[] payload) {
        return Arrays.copyOf(hasher.mac("kiosk", slug, ENCODER.encodeToString(payload)), SIGNATURE_BYTES);
    }
}
