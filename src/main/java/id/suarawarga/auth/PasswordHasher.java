package id.suarawarga.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.text.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bcrypt hashing of staff passwords. HTTP Basic clients send the password with every request and bcrypt costs
 * ~0.25 s by design, so a successful check is remembered for a few minutes — keyed by a salted digest of the
 * credentials and bound to the stored hash, so a changed password or a deactivated account is never served from it.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MIN_LENGTH = 12;
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final int cost;
    private final String cacheSalt;
    private final String dummyHash;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String hash, long until) {}

    PasswordHasher(SuaraConfig config) {
        this.cost = config.security().bcryptCost();
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        this.cacheSalt = Base64.getEncoder().encodeToString(salt);
        this.dummyHash = hash(Base64.getEncoder().encodeToString(salt));
    }

    /** A bcrypt hash; a password over bcrypt's 72 bytes is refused (422), never silently truncated. */
    public String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > SignInService.MAX_PASSWORD_BYTES) {
            throw ProblemException.invalid(
                    "/password", "must be at most " + SignInService.MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** Whether the password matches the stored hash; a null hash (OIDC-only account) never matches. */
    public boolean matches(String username, String password, String storedHash) {
        if (storedHash == null) {
            burnTime(password);
            return false;
        }
        String key = Digests.sha256Hex(cacheSalt + '\0' + username + '\0' + password);
        Verified known = verified.get(key);
        long now = System.currentTimeMillis();
        if (known != null && known.until() > now && known.hash().equals(storedHash)) {
            return true;
        }
        boolean ok = BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8))
                .verified;
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, new Verified(storedHash, now + REMEMBER.toMillis()));
        }
        return ok;
    }

    /** Spends the time of one real check, so an unknown user name cannot be told from a wrong password by timing. */
    public void burnTime(String password) {
        BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), dummyHash.getBytes(StandardCharsets.UTF_8));
    }

    /** A random password for generated (demo) accounts: 16 URL-safe characters. */
    public static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
