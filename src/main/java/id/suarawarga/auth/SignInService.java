package id.suarawarga.auth;

import id.suarawarga.access.StaffAttributes;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.config.SuaraConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks staff credentials with lockout: after {@code suara.security.max-failed-sign-ins} consecutive failures the
 * account is locked for {@code suara.security.lockout}, even for the right password. Every failure and every
 * interactive sign-in is audited. The identity it builds carries the caller's scope for {@link AccessScope}.
 */
@ApplicationScoped
public class SignInService {

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
            Instant lockedUntil) {}

    private final StaffUserRepository users;
    private final SignInQueries signIns;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final SuaraConfig config;

    SignInService(
            StaffUserRepository users,
            SignInQueries signIns,
            PasswordHasher hasher,
            AuditLog audit,
            SuaraConfig config) {
        this.users = users;
        this.signIns = signIns;
        this.hasher = hasher;
        this.audit = audit;
        this.config = config;
    }

    /**
     * Verifies a user name and password. {@code interactive} sign-ins (the login form) are audited on success too;
     * HTTP Basic requests, which carry the password every time, only on failure.
     */
    public SecurityIdentity signIn(String rawUsername, String password, boolean interactive) {
        String username = normalise(rawUsername);
        Optional<Account> found = username.isEmpty() ? Optional.empty() : load(username);
        if (found.isEmpty()) {
            hasher.burnTime(password);
            throw fail(AuditAction.SIGN_IN_FAILED, username, null, "unknown-user");
        }
        Account account = found.get();
        if (!account.active()) {
            hasher.burnTime(password);
            throw fail(AuditAction.SIGN_IN_FAILED, username, account.regionCode(), "inactive");
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now())) {
            hasher.burnTime(password);
            throw fail(AuditAction.SIGN_IN_LOCKED, username, account.regionCode(), "locked");
        }
        if (!hasher.matches(username, password, account.passwordHash())) {
            boolean lockedNow = countFailure(account.id());
            throw fail(
                    lockedNow ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED,
                    username,
                    account.regionCode(),
                    lockedNow ? "wrong-password-now-locked" : "wrong-password");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            signIns.clearFailures(account.id());
            if (interactive) {
                audit.record(username, AuditAction.SIGN_IN, account.regionCode(), "staff-user:" + username, Map.of());
            }
        });
        return identity(account);
    }

    /** Rebuilds the identity of a signed-in user (form cookie) from the database, so changes apply at once. */
    public SecurityIdentity restore(String username) {
        Account account = load(normalise(username)).orElseThrow(AuthenticationFailedException::new);
        if (!account.active()
                || account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now())) {
            throw new AuthenticationFailedException();
        }
        return identity(account);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
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
                                u.lockedUntil)));
    }

    /** Counts a failure; returns whether this one locked the account. Atomic, so parallel guesses all count. */
    private boolean countFailure(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> signIns.countFailure(
                        id,
                        config.security().maxFailedSignIns(),
                        config.security().lockout()));
    }

    private AuthenticationFailedException fail(AuditAction action, String username, String regionCode, String reason) {
        audit.record(AuditLog.ANONYMOUS, action, regionCode, "staff-user:" + username, Map.of("reason", reason));
        return new AuthenticationFailedException();
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
        if (account.role() == StaffRole.PROGRAM_OWNER) {
            builder.addAttribute(StaffAttributes.PROGRAM_IDS, account.programIds());
        }
        return builder.build();
    }
}
