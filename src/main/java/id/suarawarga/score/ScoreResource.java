package id.suarawarga.score;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scores of a questionnaire, read from running aggregates; and the aggregates' check and rebuild. */
@Path("/api/v1/scores/questionnaires/{questionnaireId}")
@Tag(
        name = "Scores",
        description = "Satisfaction (IKM) and benefit scores with n and 95% intervals, from running aggregates.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
public class ScoreResource {

    /** The outcome of comparing the running aggregates with the raw responses. */
    public record AggregateCheckView(long questionnaireId, boolean consistent, List<String> differences) {}

    private final ScoreService service;
    private final ScoreFilters filters;

    ScoreResource(ScoreService service, ScoreFilters filters) {
        this.service = service;
        this.filters = filters;
    }

    @GET
    @Operation(
            operationId = "getQuestionnaireScores",
            summary = "Scores of a published or closed questionnaire",
            description = "Flagged (suspect) responses are left out unless includeFlagged=true. Reads aggregates only,"
                    + " unless a round or channel is asked: then it sums the responses they keep.")
    @APIResponse(responseCode = "200", description = "The scores.")
    @APIResponse(responseCode = "400", ref = ApiProblems.MALFORMED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public ScoreView get(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged,
            @QueryParam("round") @Parameter(description = ScoreFilter.ROUND_PARAMETER, example = "3") String round,
            @QueryParam("channel") @Parameter(description = ScoreFilter.CHANNEL_PARAMETER, example = "PAPER")
                    List<String> channel) {
        return service.questionnaire(questionnaireId, includeFlagged, filters.parse(round, channel));
    }

    @GET
    @Path("/aggregate-check")
    @Operation(
            operationId = "checkScoreAggregates",
            summary = "Compare the running aggregates with the raw responses",
            description = "Reads every response: an operator's check, not for dashboards.")
    @APIResponse(responseCode = "200", description = "The differences, if any.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
    public AggregateCheckView check(@PathParam("questionnaireId") long questionnaireId) {
        List<String> differences = service.differences(questionnaireId);
        return new AggregateCheckView(questionnaireId, differences.isEmpty(), differences);
    }

    @POST
    @Path("/aggregate-rebuild")
    @Operation(
            operationId = "rebuildScoreAggregates",
            summary = "Rebuild the running aggregates from the raw responses",
            description =
                    "An off-peak repair: new responses to this questionnaire wait while it runs (about 1 minute at a"
                            + " million responses; submissions waiting over 30 s fail unacknowledged); other questionnaires go on."
                            + " Returns the differences found before.")
    @APIResponse(responseCode = "200", description = "Rebuilt; the differences that were repaired.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @RolesAllowed(Roles.ADMIN)
    public AggregateCheckView rebuild(@PathParam("questionnaireId") long questionnaireId) {
        List<String> differences = service.rebuild(questionnaireId);
        return new AggregateCheckView(questionnaireId, differences.isEmpty(), differences);
    }
}
