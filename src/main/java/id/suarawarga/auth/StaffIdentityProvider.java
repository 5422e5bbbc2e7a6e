package id.suarawarga.auth;

import id.suarawarga.response.ClientAddress;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Staff user name + password, from the login form ({@code /j_security_check}) or HTTP Basic. */
@ApplicationScoped
public class StaffIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final SignInService signIn;

    StaffIdentityProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean interactive = http != null && http.request().path().endsWith("/j_security_check");
        String source = http == null ? null : ClientAddress.of(http.request());
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> signIn.signIn(request.getUsername(), password, interactive, source));
    }
}
