package id.suarawarga.field;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.problem.Problem;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.response.PublicSurveyResource;
import id.suarawarga.response.ResponseReceiptView;
import id.suarawarga.response.SubmissionReplies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Interviews by field officers, sent from their tablets' queue: channel ENUMERATOR, stored once per interview id. */
@Path("/api/v1/questionnaires/{questionnaireId}/interviews")
@Tag(name = "Field collection", description = "Answers collected on paper or in interviews by staff.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENUMERATOR, Roles.ADMIN, Roles.PROGRAM_OWNER})
public class InterviewResource {

    private final InterviewService interviews;

    InterviewResource(InterviewService interviews) {
        this.interviews = interviews;
    }

    @POST
    @Operation(
            operationId = "sendInterview",
            summary = "Send one interview from a field officer's queue",
            description = "The interview's id (made on the tablet) identifies it: sent again with the same answers it"
                    + " returns the first receipt (Idempotency-Replayed: true) and stores nothing; with other answers it"
                    + " is refused (/problems/idempotency-key-reused). The response names the officer who sent it.")
    @APIResponse(
            responseCode = "201",
            description = "Stored, or stored before under this id with the same answers.",
            content = @Content(schema = @Schema(implementation = ResponseReceiptView.class)))
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Not allowed, or not open yet (/problems/forbidden, /problems/questionnaire-not-open).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(
            responseCode = "410",
            description = "Closed or replaced (/problems/questionnaire-closed).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Bad id or answers (/problems/validation-failed); the id was used for other answers"
                    + " (/problems/idempotency-key-reused); an answer ends the questionnaire"
                    + " (/problems/respondent-not-eligible).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response send(@PathParam("questionnaireId") long questionnaireId, @Valid @NotNull InterviewRequest request) {
        return SubmissionReplies.created(
                interviews.record(
                        questionnaireId,
                        request.id(),
                        request.language(),
                        PublicSurveyResource.rawAnswers(request.answers())),
                "Interview " + request.id() + " was already sent with other answers; nothing was stored");
    }
}
