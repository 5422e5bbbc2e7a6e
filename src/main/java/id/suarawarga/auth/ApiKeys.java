package id.suarawarga.auth;

import id.suarawarga.common.text.Digests;
import java.security.SecureRandom;
import java.util.Base64;

/** Making and hashing API keys: {@code sw_} + 256 random bits, stored only as SHA-256. */
final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    static String newKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "sw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String key) {
        return Digests.sha256Hex(key);
    }
}
