package id.suarawarga.review;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.response.FlagReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Review of flagged responses for program owners and admins; a questionnaire outside the caller's scope is a 404. */
@Path("/api/v1/questionnaires/{questionnaireId}/flagged-responses")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Review of flagged responses",
        description = "Suspect responses are kept and left out of scores until an owner or admin decides: counted or"
                + " rejected, with a reason. Nothing is deleted; every decision is audited and scores follow at once.")
public class ReviewResource {

    private final ReviewService reviews;

    ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(
            operationId = "listFlaggedResponses",
            summary = "List flagged responses",
            description = "Oldest first, with the counts per status and per flag reason of those waiting.")
    @APIResponse(
            responseCode = "200",
            description = "Counts and one page of flagged responses.",
            content = @Content(schema = @Schema(implementation = FlaggedListView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public FlaggedListView list(
            @PathParam("questionnaireId") long questionnaireId,
            @Parameter(description = "Only responses carrying this flag reason.") @QueryParam("reason")
                    FlagReason reason,
            @Parameter(description = "Only responses in this review status.") @QueryParam("status") ReviewStatus status,
            @Valid @BeanParam PageRequest page) {
        return reviews.list(questionnaireId, reason, status, page);
    }

    @GET
    @Path("/{responseId}")
    @Operation(
            operationId = "getFlaggedResponse",
            summary = "One flagged response with its answers",
            description = "Nothing that identifies anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The flagged response with its answers.",
            content = @Content(schema = @Schema(implementation = FlaggedResponseView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public FlaggedResponseView response(
            @PathParam("questionnaireId") long questionnaireId, @PathParam("responseId") long responseId) {
        return reviews.response(questionnaireId, responseId);
    }

    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reviewFlaggedResponses",
            summary = "Decide on flagged responses",
            description = "Marks the responses named by id, or every response waiting with one flag reason, as COUNTED"
                    + " or REJECTED with a required note. Scores and running aggregates change in the same"
                    + " transaction.")
    @APIResponse(
            responseCode = "200",
            description = "The decision was recorded; scores already include it.",
            content = @Content(schema = @Schema(implementation = ReviewResultView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public ReviewResultView decide(@PathParam("questionnaireId") long questionnaireId, ReviewRequest request) {
        return reviews.decide(questionnaireId, request == null ? new ReviewRequest(null, null, null, null) : request);
    }
}
