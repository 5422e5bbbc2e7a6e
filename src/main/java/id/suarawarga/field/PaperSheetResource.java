package id.suarawarga.field;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.problem.Problem;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.response.PublicSurveyResource;
import id.suarawarga.response.ResponseReceiptView;
import id.suarawarga.response.SubmissionOutcome;
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

/** Paper questionnaires typed in: one sheet, one response (channel PAPER), a sheet typed twice stored once. */
@Path("/api/v1/questionnaires/{questionnaireId}/paper-sheets")
@Tag(name = "Field collection", description = "Answers collected on paper or in interviews by staff.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.ENUMERATOR})
public class PaperSheetResource {

    private final PaperEntryService paper;

    PaperSheetResource(PaperEntryService paper) {
        this.paper = paper;
    }

    @POST
    @Operation(
            operationId = "enterPaperSheet",
            summary = "Type in one paper sheet",
            description = "The batch and sheet number identify the sheet: the same sheet again with the same answers"
                    + " returns the first receipt (Idempotency-Replayed: true) and stores nothing; with other answers it is"
                    + " refused (/problems/idempotency-key-reused), so a mistyped sheet number is caught.")
    @APIResponse(
            responseCode = "201",
            description = "Stored, or typed in before with the same answers.",
            content = @Content(schema = @Schema(implementation = ResponseReceiptView.class)))
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(
            responseCode = "403",
            description = "Not allowed, or not open yet (/problems/forbidden, /problems/questionnaire-not-open).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "Closed or replaced (/problems/questionnaire-closed).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Bad batch, sheet number or answers (/problems/validation-failed); the sheet was typed in"
                    + " with other answers (/problems/idempotency-key-reused); an answer ends the questionnaire"
                    + " (/problems/respondent-not-eligible).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response enter(
            @PathParam("questionnaireId") long questionnaireId, @Valid @NotNull PaperSheetRequest request) {
        SubmissionOutcome outcome = paper.enter(
                questionnaireId,
                new PaperSheet(request.batch(), request.sheet(), PublicSurveyResource.rawAnswers(request.answers())));
        return SubmissionReplies.created(
                outcome,
                "Sheet " + request.sheet() + " of batch " + request.batch()
                        + " was already typed in with other answers; nothing was stored");
    }
}
