package id.suarawarga.auth;

import id.suarawarga.access.Roles;
import id.suarawarga.access.StaffAttributes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a valid, unrevoked API key into an {@link Roles#API_CLIENT} identity scoped to the client's regions. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final ApiClientService clients;

    ApiKeyIdentityProvider(ApiClientService clients) {
        this.clients = clients;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> clients.authenticate(request.key())
                .map(caller -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("api-client:" + caller.name()))
                        .addRole(Roles.API_CLIENT)
                        .addAttribute(StaffAttributes.REGION_CODES, caller.regionCodes())
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
