package id.suarawarga.retention;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retention of raw responses: what is due, the last run, and a run on demand. National admins only: it spans regions. */
@Path("/api/v1/retention")
@Tag(
        name = "Retention",
        description = "Raw responses are anonymised one evaluation cycle after their questionnaire"
                + " stopped collecting; scores and aggregates stay exactly the same.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    private static final String NATIONAL_ONLY = "Only a national admin manages retention: it covers every region";

    private final RetentionService service;
    private final AccessScope scope;

    RetentionResource(RetentionService service, AccessScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "getRetentionStatus", summary = "Retention settings, what is due now and the last run")
    @APIResponse(responseCode = "200", description = "The retention state.")
    @APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    public RetentionStatusView status() {
        scope.requireNational(NATIONAL_ONLY);
        return service.status();
    }

    @POST
    @Path("/run")
    @Operation(
            operationId = "runRetention",
            summary = "Anonymise every raw response that is due, now",
            description = "The same run as the nightly job: small batches in short transactions, so residents'"
                    + " submissions go on. Returns its counts.")
    @APIResponse(responseCode = "200", description = "The run, with its counts.")
    @APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public RetentionRunView run() {
        scope.requireNational(NATIONAL_ONLY);
        return service.run(RetentionTrigger.ADMIN, scope.actor())
                .orElseThrow(
                        () -> ProblemException.invalidState(
                                "A retention run is under way (here or on another replica); see GET /api/v1/retention when it is done."));
    }
}
