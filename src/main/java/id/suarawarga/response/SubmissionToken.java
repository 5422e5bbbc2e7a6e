package id.suarawarga.response;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The token every rendered form carries: a random id (the response's submission key, so a resubmitted form
 * records nothing new) plus the time the form was rendered (for the minimum fill time), signed so neither can be
 * forged. Stateless: nothing is stored until the form comes back.
 */
@ApplicationScoped
public class SubmissionToken {

    /** A verified token. */
    public record Parsed(String key, Instant issuedAt) {}

    private static final int ID_BYTES = 16;
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final KeyedHasher hasher;
    private final SecureRandom random = new SecureRandom();

    SubmissionToken(KeyedHasher hasher) {
        this.hasher = hasher;
    }

    public String issue(long questionnaireId, Instant now) {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        ByteBuffer payload = ByteBuffer.allocate(ID_BYTES + Long.BYTES).put(id).putLong(now.toEpochMilli());
        return ENCODER.encodeToString(payload.array()) + "."
                + ENCODER.encodeToString(signature(questionnaireId, payload.array()));
    }

    /** The token's key and issue time, if it is one we issued for this questionnaire. */
    public Optional<Parsed> verify(long questionnaireId, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            if (payload.length != ID_BYTES + Long.BYTES
                    || !hasher.matches(signature(questionnaireId, payload), signature)) {
                return Optional.empty();
            }
            long issuedAt = ByteBuffer.wrap(payload, ID_BYTES, Long.BYTES).getLong();
            return Optional.of(new Parsed("web:" + parts[0], Instant.ofEpochMilli(issuedAt)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] signature(long questionnaireId, byte[] payload) {
        return Arrays.copyOf(
                hasher.mac("token", String.valueOf(questionnaireId), ENCODER.encodeToString(payload)), SIGNATURE_BYTES);
    }
}
