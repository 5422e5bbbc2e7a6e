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
 * forged. Stateless: nothing is stored until the form comes back. A form re-rendered after an error keeps its token,
 * so the minimum fill time counts from the first render. A token may also carry the resident's declaration that they
 * are another person than the one who already answered on this device (a shared phone): signed, so only the page that
 * asked the question can give it.
 */
@ApplicationScoped
public class SubmissionToken {

    /** A verified token. */
    public record Parsed(String key, Instant issuedAt, boolean otherPerson) {}

    private static final int ID_BYTES = 16;
    private static final int SIGNATURE_BYTES = 16;
    private static final byte OTHER_PERSON = 1;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final KeyedHasher hasher;
    private final SecureRandom random = new SecureRandom();

    SubmissionToken(KeyedHasher hasher) {
        this.hasher = hasher;
    }

    public String issue(long questionnaireId, Instant now) {
        return issue(questionnaireId, now, false);
    }

    /** A new token; {@code otherPerson}: the resident declared they are not who answered on this device before. */
    public String issue(long questionnaireId, Instant now, boolean otherPerson) {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        ByteBuffer payload = ByteBuffer.allocate(ID_BYTES + Long.BYTES + (otherPerson ? 1 : 0))
                .put(id)
                .putLong(now.toEpochMilli());
        if (otherPerson) {
            payload.put(OTHER_PERSON);
        }
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
            boolean otherPerson = payload.length == ID_BYTES + Long.BYTES + 1;
            if ((payload.length != ID_BYTES + Long.BYTES
                            && !(otherPerson && payload[payload.length - 1] == OTHER_PERSON))
                    || !hasher.matches(signature(questionnaireId, payload), signature)) {
                return Optional.empty();
            }
            long issuedAt = ByteBuffer.wrap(payload, ID_BYTES, Long.BYTES).getLong();
            return Optional.of(new Parsed("web:" + parts[0], Instant.ofEpochMilli(issuedAt), otherPerson));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] signature(long questionnaireId, byte[] payload) {
        return Arrays.copyOf(
                hasher.mac("token", String.valueOf(questionnaireId), ENCODER.encodeToString(payload)), SIGNATURE_BYTES);
    }
}
