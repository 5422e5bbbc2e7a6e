package id.suarawarga.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a signed-in user from the encrypted session cookie of the login form. Reads the account every time, so a
 * deactivated account, ended sessions (signed out, new password) or changed programs take effect on the next request;
 * renews the cookie while it is in use ({@link StaffSessions}).
 */
@ApplicationScoped
public class StaffSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final SignInService signIn;
    private final StaffSessions sessions;

    StaffSessionIdentityProvider(SignInService signIn, StaffSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> signIn.restore(request.getPrincipal()))
                .invoke(identity -> sessions.renew(http, request.getPrincipal()));
    }
}
