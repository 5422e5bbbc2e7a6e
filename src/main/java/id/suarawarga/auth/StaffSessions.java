package id.suarawarga.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a staff session cookie carries and how it is renewed. Quarkus' form authentication encrypts
 * "idle-expiry:principal" into the cookie; our principal there is a token "user|generation|issued-at", so a session
 * ends when the user's generation moves on (signing out, a new password) or when it reaches its absolute lifetime,
 * whatever its idle timer says. Quarkus renews the cookie with the plain user name; that renewal is switched off
 * ({@code quarkus.http.auth.form.new-cookie-interval}) and done here with the token instead.
 */
@ApplicationScoped
public class StaffSessions {

    /** A renewed cookie at most this often, as Quarkus does by default. */
    static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    private static final char SEPARATOR = '|';

    /** What the session token says. */
    record Token(String username, long generation, Instant issuedAt) {}

    private final PersistentLoginManager renewer;
    private final String cookieName;
    private final CurrentVertxRequest currentRequest;

    StaffSessions(
            CurrentVertxRequest currentRequest,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idle,
            @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie") boolean httpOnly,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site") String sameSite) {
        this.cookieName = cookieName;
        this.currentRequest = currentRequest;
        // without a configured key (refused in production by SettingsCheck) nothing could be renewed: sessions then
        // simply end at their idle timeout
        this.renewer = key.map(k -> new PersistentLoginManager(
                        k,
                        cookieName,
                        idle.toMillis(),
                        RENEW_AFTER.toMillis(),
                        httpOnly,
                        sameSite.toUpperCase(Locale.ROOT),
                        "/",
                        -1,
                        null))
                .orElse(null);
    }

    /** The identity of an interactive sign-in with the session token as its principal (what the cookie keeps). */
    static SecurityIdentity withSessionToken(SecurityIdentity identity, long generation) {
        String token =
                identity.getPrincipal().getName() + SEPARATOR + generation + SEPARATOR + System.currentTimeMillis();
        return QuarkusSecurityIdentity.builder(identity)
                .setPrincipal(new QuarkusPrincipal(token))
                .build();
    }

    static Optional<Token> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int second = token.lastIndexOf(SEPARATOR);
        int first = second <= 0 ? -1 : token.lastIndexOf(SEPARATOR, second - 1);
        if (first <= 0) {
            return Optional.empty(); // a cookie from before session tokens: signs in again
        }
        try {
            return Optional.of(new Token(
                    token.substring(0, first),
                    Long.parseLong(token.substring(first + 1, second)),
                    Instant.ofEpochMilli(Long.parseLong(token.substring(second + 1)))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Moves the session of the current request, if it came with a session cookie, to the user's new generation
     * (keeping its sign-in time): after a password change the person stays signed in here while every other session
     * of theirs ends.
     */
    void carryOver(long generation) {
        RoutingContext http = currentRequest.getCurrent();
        PersistentLoginManager.RestoreResult current = renewer == null || http == null ? null : renewer.restore(http);
        if (current == null) {
            return;
        }
        parse(current.getPrincipal())
                .ifPresent(t -> renewer.save(
                        t.username()
                                + SEPARATOR
                                + generation
                                + SEPARATOR
                                + t.issuedAt().toEpochMilli(),
                        http,
                        cookieName,
                        null, // written now, whatever the renewal interval says
                        http.request().isSSL()));
    }

    /** Renews the cookie of a restored session (new idle expiry, same token) once a minute while it is in use. */
    void renew(RoutingContext http, String token) {
        if (renewer == null || http == null) {
            return;
        }
        PersistentLoginManager.RestoreResult current = renewer.restore(http);
        if (current != null && token.equals(current.getPrincipal())) {
            renewer.save(token, http, cookieName, current, http.request().isSSL());
        }
    }
}
