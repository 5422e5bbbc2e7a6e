package id.suarawarga.auth;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.config.SuaraConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    record Account(long id, String username, String displayName, StaffRole role, String regionCode,
                   Set<Long> programIds, String passwordHash, boolean active, Instant lockedUntil) {}

    private final EntityManager em;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final SuaraConfig config;

    SignInService(EntityManager em, PasswordHasher hasher, AuditLog audit, SuaraConfig config) {
        this.em = em;
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
            throw fail(lockedNow ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED, username, account.regionCode(),
                    lockedNow ? "wrong-password-now-locked" : "wrong-password");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update staff_user set failed_sign_ins = 0, locked_until = null"
                    + " where id = ?1 and (failed_sign_ins <> 0 or locked_until is not null)")
                    .setParameter(1, account.id()).executeUpdate();
            if (interactive) {
                audit.record(username, AuditAction.SIGN_IN, account.regionCode(), "staff-user:" + username, Map.of());
            }
        });
        return identity(account);
    }

    /** Rebuilds the identity of a signed-in user (form cookie) from the database, so changes apply at once. */
    public SecurityIdentity restore(String username) {
        Account account = load(normalise(username)).orElseThrow(AuthenticationFailedException::new);
        if (!account.active() || account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now())) {
            throw new AuthenticationFailedException();
        }
        return identity(account);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<Account> load(String username) {
        return QuarkusTransaction.requiringNew().call(() -> StaffUser.<StaffUser>find("username", username)
                .firstResultOptional()
                .map(u -> new Account(u.id, u.username, u.displayName, u.role, u.region == null ? null : u.region.code,
                        Set.copyOf(u.programIds), u.passwordHash, u.active, u.lockedUntil)));
    }

    /** Counts a failure; returns whether this one locked the account. Atomic, so parallel guesses all count. */
    private boolean countFailure(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                        "update staff_user set"
                        + " locked_until = case when failed_sign_ins + 1 >= ?2 then now() + make_interval(secs => ?3) else locked_until end,"
                        + " failed_sign_ins = case when failed_sign_ins + 1 >= ?2 then 0 else failed_sign_ins + 1 end"
                        + " where id = ?1 returning locked_until is not null and locked_until > now()")
                .setParameter(1, id)
                .setParameter(2, config.security().maxFailedSignIns())
                .setParameter(3, (double) config.security().lockout().toSeconds())
                .getSingleResult());
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
                .addAttribute(StaffAttributes.REGION_CODES,
                        account.regionCode() == null ? Set.of() : Set.of(account.regionCode()));
        if (account.role() == StaffRole.PROGRAM_OWNER) {
            builder.addAttribute(StaffAttributes.PROGRAM_IDS, account.programIds());
        }
        return builder.build();
    }
}
