package id.suarawarga.web.staff.questionnaire;

import id.suarawarga.access.Roles;
import id.suarawarga.response.KioskEnrolments;
import id.suarawarga.response.KioskPass;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Jadikan perangkat ini kiosk": staff, signed in on the counter tablet, enrol it for the questionnaire's survey. The
 * tablet keeps a signed kiosk pass, is signed out of the staff account (residents use it next) and opens the survey.
 */
@Path("/dasbor/kuesioner/{questionnaireId}/kiosk")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class KioskPage {

    /** The cookie holding the kiosk pass; its path is the survey's, so one tablet may serve several surveys. */
    public static final String COOKIE = "sw_kiosk";

    private final KioskEnrolments enrolments;
    private final SecurityIdentity identity;

    KioskPage(KioskEnrolments enrolments, SecurityIdentity identity) {
        this.enrolments = enrolments;
        this.identity = identity;
    }

    @POST
    @Operation(hidden = true)
    public Response enrol(@PathParam("questionnaireId") long questionnaireId, @Context UriInfo uri) {
        KioskEnrolments.Enrolment enrolment = enrolments.enrol(questionnaireId);
        FormAuthenticationMechanism.logout(identity);
        NewCookie pass = new NewCookie.Builder(COOKIE)
                .value(enrolment.pass())
                .path("/s/" + enrolment.slug())
                .maxAge((int) KioskPass.VALID_FOR.toSeconds())
                .httpOnly(true)
                .secure("https".equals(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create("/s/" + enrolment.slug()))
                .cookie(pass)
                .build();
    }
}
