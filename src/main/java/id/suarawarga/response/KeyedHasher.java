package id.suarawarga.response;

import id.suarawarga.common.config.SettingsCheck;
import id.suarawarga.common.config.SuaraConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * HMAC-SHA256 with a key kept outside the database. Device cookies and client addresses are stored only as these
 * hashes, scoped to one questionnaire, so a database copy reveals neither and cannot link a device across surveys.
 */
@ApplicationScoped
public class KeyedHasher {

    private static final Logger LOG = Logger.getLogger(KeyedHasher.class);

    private final SecretKeySpec key;
    /** A Mac is not thread-safe and costly to look up; one initialised instance per thread. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    KeyedHasher(SuaraConfig config) {
        byte[] secret = config.privacy()
                .hashKey()
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElse(null);
        if (secret == null) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.warn("SUARA_PRIVACY_HASH_KEY is not set: using a random key for this run. Duplicate-device and"
                    + " rate-limit checks will not recognise devices across restarts; set the key in production.");
        } else if (secret.length < SettingsCheck.MIN_HASH_KEY_BYTES) { // SettingsCheck stops such a start first
            throw new IllegalStateException(
                    "suara.privacy.hash-key must be at least " + SettingsCheck.MIN_HASH_KEY_BYTES + " characters");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Hex HMAC of the parts, joined unambiguously. */
    public String hash(String... parts) {
        return HexFormat.of().formatHex(mac(parts));
    }

    byte[] mac(String... parts) {
        Mac mac = macs.get();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            mac.update((byte) (bytes.length >>> 8));
            mac.update((byte) bytes.length);
            mac.update(bytes);
        }
        return mac.doFinal(); // also resets the Mac for the next use
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison, for signatures. */
    boolean matches(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }
}
