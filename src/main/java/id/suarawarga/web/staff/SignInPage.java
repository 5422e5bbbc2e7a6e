package id.suarawarga.web.staff;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.StaffAttributes;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.auth.SignInService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Staff sign-in and sign-out. The form posts to Quarkus' form mechanism ({@code /j_security_check}), which checks the
 * password (with lockout) and sets an encrypted, HttpOnly, SameSite=Strict session cookie.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    private final SecurityIdentity identity;
    private final AccessScope scope;
    private final AuditLog audit;
    private final SignInService signIn;

    SignInPage(SecurityIdentity identity, AccessScope scope, AuditLog audit, SignInService signIn) {
        this.identity = identity;
        this.scope = scope;
        this.audit = audit;
        this.signIn = signIn;
    }

    @GET
    @Path("masuk")
    @PermitAll
    @Operation(hidden = true)
    public TemplateInstance login() {
        return Templates.login(false, false);
    }

    @GET
    @Path("masuk/gagal")
    @PermitAll
    @Operation(hidden = true)
    public Response failed() {
        return Response.status(401).entity(Templates.login(true, false)).build();
    }

    @GET
    @Path("masuk/keluar")
    @PermitAll
    @Operation(hidden = true)
    public TemplateInstance signedOut() {
        return Templates.login(false, true);
    }

    /** A POST form with the CSRF field, so another site cannot sign a user out (or in as someone else). */
    @POST
    @Path("keluar")
    @Authenticated
    @Operation(hidden = true)
    public Response logout() {
        audit.record(AuditAction.SIGN_OUT, scope.regionCode().orElse(null), "staff-user:" + scope.actor(), Map.of());
        // the cookie is only cleared in this browser; ending the generation makes any copy of it worthless too
        Long userId = identity.getAttribute(StaffAttributes.USER_ID);
        if (userId != null) {
            signIn.endSessions(userId);
        }
        try {
            FormAuthenticationMechanism.logout(identity);
        } catch (NullPointerException e) {
            // signed in with HTTP Basic, not the form: there is no session cookie to clear
        }
        return Response.seeOther(URI.create("/masuk/keluar")).build();
    }
}
