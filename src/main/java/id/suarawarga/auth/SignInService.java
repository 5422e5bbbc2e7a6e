package id.suarawarga.auth;

import id.suarawarga.access.StaffAttributes;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.response.KeyedHasher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Checks staff credentials, cheapest checks first and bcrypt last. Every attempt is counted before its password is
 * checked (so parallel guesses cannot exceed a limit): per source address (all accounts), per account and source
 * (that source is refused for that account), and per account (after {@code suara.security.max-failed-sign-ins}
 * consecutive failures each further attempt waits a doubling delay: a stranger can slow an account down, never lock
 * it). Every failure is audited with its reason; a typed user name that matches no account is recorded only as a
 * keyed hash. Interactive sign-ins issue a session token with the account's session generation (see
 * {@link StaffSessions}).
 */
@ApplicationScoped
public class SignInService {

    /** bcrypt reads at most 72 bytes; a longer password is refused before any work (and never truncated). */
    static final int MAX_PASSWORD_BYTES = 72;

    /** What sign-in needs of an account, read in one short transaction. */
    record Account(
            long id,
            String username,
            String displayName,
            StaffRole role,
            String regionCode,
            Set<Long> programIds,
            String passwordHash,
            boolean active,
            long sessionGeneration) {}

    private final StaffUserRepository users;
    private final SignInQueries signIns;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final KeyedHasher keyed;
    private final SuaraConfig.Security config;

    SignInService(
            StaffUserRepository users,
            SignInQueries signIns,
            PasswordHasher hasher,
            AuditLog audit,
            KeyedHasher keyed,
            SuaraConfig config) {
        this.users = users;
        this.signIns = signIns;
        this.hasher = hasher;
        this.audit = audit;
        this.keyed = keyed;
        this.config = config.security();
    }

    /**
     * Verifies a user name and password from {@code source} (the client address; null when unknown). {@code
     * interactive} sign-ins (the login form) are audited on success too and get a session token as their principal;
     * HTTP Basic requests, which carry the password every time, are audited only on failure.
     */
    public SecurityIdentity signIn(String rawUsername, String password, boolean interactive, String source) {
        String username = normalise(rawUsername);
        String sourceKey = keyed.hash("sign-in-source", source == null ? "" : source);
        if (refused(sourceKey, config.maxSignInsPerSource())) {
            throw fail(AuditAction.SIGN_IN_THROTTLED, username, null, "source-throttled");
        }
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw fail(AuditAction.SIGN_IN_FAILED, username, null, "password-too-long");
        }
        Optional<Account> found = username.isEmpty() || username.length() > 60 ? Optional.empty() : load(username);
        if (found.isEmpty()) {
            hasher.burnTime(password); // an unknown name costs what a wrong password costs: no enumeration by timing
            throw fail(AuditAction.SIGN_IN_FAILED, username, null, "unknown-user");
        }
        Account account = found.get();
        // with the session generation in the key, a new password also lifts the refusal of every source
        String pairKey = keyed.hash(
                "sign-in-account-source",
                account.id() + ":" + account.sessionGeneration(),
                source == null ? "" : source);
        if (refused(pairKey, config.maxFailedSignIns())) {
            throw fail(AuditAction.SIGN_IN_THROTTLED, username, account.regionCode(), "source-throttled-for-account");
        }
        int attempt = QuarkusTransaction.requiringNew()
                .call(() -> signIns.claimAccountAttempt(
                        account.id(), config.maxFailedSignIns(), config.signInDelay(), config.maxSignInDelay()));
        if (attempt < 0) {
            throw fail(AuditAction.SIGN_IN_THROTTLED, username, account.regionCode(), "account-delayed");
        }
        if (!account.active()) {
            hasher.burnTime(password);
            throw fail(AuditAction.SIGN_IN_FAILED, username, account.regionCode(), "inactive");
        }
        if (!hasher.matches(username, password, account.passwordHash())) {
            boolean delayed = attempt >= config.maxFailedSignIns();
            throw fail(
                    delayed ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED,
                    username,
                    account.regionCode(),
                    delayed ? "wrong-password-now-delayed" : "wrong-password");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            signIns.clearFailures(account.id());
            signIns.releaseSourceAttempt(sourceKey);
            signIns.forget(pairKey);
            if (interactive) {
                audit.record(username, AuditAction.SIGN_IN, account.regionCode(), "staff-user:" + username, Map.of());
            }
        });
        SecurityIdentity identity = identity(account);
        return interactive ? StaffSessions.withSessionToken(identity, account.sessionGeneration()) : identity;
    }

    /**
     * Rebuilds the identity of a signed-in user from the session cookie's token, from the database, so changes apply
     * at once: refused when the account is inactive, its sessions were ended (signed out, new password) or the session
     * is older than {@code suara.security.session-lifetime}.
     */
    public SecurityIdentity restore(String token) {
        StaffSessions.Token session = StaffSessions.parse(token).orElseThrow(AuthenticationFailedException::new);
        if (session.issuedAt().plus(config.sessionLifetime()).isBefore(Instant.now())) {
            throw new AuthenticationFailedException();
        }
        Account account = load(session.username()).orElseThrow(AuthenticationFailedException::new);
        if (!account.active() || account.sessionGeneration() != session.generation()) {
            throw new AuthenticationFailedException();
        }
        return identity(account);
    }

    /** Ends every session of the user: a cookie kept from before no longer signs anyone in. */
    public void endSessions(long staffUserId) {
        QuarkusTransaction.requiringNew().run(() -> signIns.endSessions(staffUserId));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private boolean refused(String key, int limit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> signIns.claimSourceAttempt(key, limit, config.lockout(), config.lockout()));
    }

    private Optional<Account> load(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> users.findByUsername(username)
                        .map(u -> new Account(
                                u.id,
                                u.username,
                                u.displayName,
                                u.role,
                                u.region == null ? null : u.region.code,
                                Set.copyOf(u.programIds),
                                u.passwordHash,
                                u.active,
                                u.sessionGeneration)));
    }

    /**
     * Audits a failure. A name that matches an account is that account's; anything else typed into the user name
     * field (a password, by mistake) is recorded only as a keyed hash, so repeats can be told apart but not read.
     */
    private AuthenticationFailedException fail(AuditAction action, String username, String regionCode, String reason) {
        boolean known = regionCode != null || action == AuditAction.SIGN_IN_LOCKED || isAccount(reason);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        String target;
        if (known) {
            target = "staff-user:" + username;
        } else {
            target = "staff-user:?";
            detail.put("typed", keyed.hash("typed-user-name", username).substring(0, 12));
        }
        audit.record(AuditLog.ANONYMOUS, action, regionCode, target, detail);
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            QuarkusTransaction.requiringNew().run(signIns::forgetQuietSources);
        }
        return new AuthenticationFailedException();
    }

    private static boolean isAccount(String reason) {
        return switch (reason) {
            case "inactive",
                    "wrong-password",
                    "wrong-password-now-delayed",
                    "account-delayed",
                    "source-throttled-for-account" -> true;
            default -> false;
        };
    }

    private static SecurityIdentity identity(Account account) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRole(account.role().name())
                .addAttribute(StaffAttributes.USER_ID, account.id())
                .addAttribute(StaffAttributes.DISPLAY_NAME, account.displayName())
                .addAttribute(
                        StaffAttributes.REGION_CODES,
                        account.regionCode() == null ? Set.of() : Set.of(account.regionCode()));
        if (account.role().programScoped()) {
            builder.addAttribute(StaffAttributes.PROGRAM_IDS, account.programIds());
        }
        return builder.build();
    }
}
