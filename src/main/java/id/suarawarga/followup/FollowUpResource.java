package id.suarawarga.followup;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up plan of a questionnaire, for program owners and admins; outside the caller's scope it is a 404. */
@Path("/api/v1/questionnaires/{questionnaireId}/follow-up-actions")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Follow-up plan",
        description = "The follow-up plan (rencana tindak lanjut, PermenPANRB 14/2017): actions on the weakest SKM"
                + " elements, with who does what by when, the status and the result. Every change is audited with its"
                + " before and after; the actions are published with the results (\"You said, we did\").")
public class FollowUpResource {

    private final FollowUpService followUps;

    FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(
            operationId = "getFollowUpPlan",
            summary = "The follow-up plan",
            description = "The weakest elements (suggested for action) and every action, soonest due first.")
    @APIResponse(
            responseCode = "200",
            description = "The plan.",
            content = @Content(schema = @Schema(implementation = FollowUpPlanView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public FollowUpPlanView plan(@PathParam("questionnaireId") long questionnaireId) {
        return followUps.plan(questionnaireId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addFollowUpAction", summary = "Add a follow-up action")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location points at the action.",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response create(
            @PathParam("questionnaireId") long questionnaireId, FollowUpRequest request, @Context UriInfo uri) {
        FollowUpView created = followUps.create(questionnaireId, orEmpty(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{actionId}")
    @Operation(operationId = "getFollowUpAction", summary = "One follow-up action")
    @APIResponse(
            responseCode = "200",
            description = "The action.",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public FollowUpView get(@PathParam("questionnaireId") long questionnaireId, @PathParam("actionId") long actionId) {
        return followUps.get(questionnaireId, actionId);
    }

    @PUT
    @Path("/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateFollowUpAction",
            summary = "Change a follow-up action",
            description = "Replaces every field (e.g. the status moves to DONE with its result). Audited with the"
                    + " action's fields before and after.")
    @APIResponse(
            responseCode = "200",
            description = "The action as it is now.",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public FollowUpView update(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("actionId") long actionId,
            FollowUpRequest request) {
        return followUps.update(questionnaireId, actionId, orEmpty(request));
    }

    private static FollowUpRequest orEmpty(FollowUpRequest request) {
        return request == null ? new FollowUpRequest(null, null, null, null, null, null) : request;
    }
}
