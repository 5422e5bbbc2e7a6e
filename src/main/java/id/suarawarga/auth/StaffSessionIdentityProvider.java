package id.suarawarga.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a signed-in user from the encrypted session cookie of the login form. Reads the account every time, so a
 * deactivated or locked account, or changed programs, take effect on the next request.
 */
@ApplicationScoped
public class StaffSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final SignInService signIn;

    StaffSessionIdentityProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> signIn.restore(request.getPrincipal()));
    }
}
