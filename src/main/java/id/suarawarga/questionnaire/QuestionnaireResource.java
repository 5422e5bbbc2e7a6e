package id.suarawarga.questionnaire;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.program.ProgramRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for questionnaires and their lifecycle. */
@Path("/api/v1/questionnaires")
@Tag(
        name = "Questionnaires",
        description = "Versioned questionnaires: DRAFT (editable) → PUBLISHED (frozen, collecting) → CLOSED.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class QuestionnaireResource {

    private final QuestionnaireService service;

    private final AccessScope scope;

    QuestionnaireResource(QuestionnaireService service, AccessScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "listQuestionnaires",
            summary = "List questionnaires",
            description = "Newest version first within each program.")
    @APIResponse(responseCode = "200", description = "One page of questionnaires.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
    public PageView<QuestionnaireSummaryView> list(
            @QueryParam("programId") @Parameter(example = "1") Long programId,
            @QueryParam("status") QuestionnaireStatus status,
            @Valid @BeanParam PageRequest page) {
        if (programId != null) {
            scope.requireProgram(programId);
        }
        return service.list(
                programId,
                status,
                page,
                new ProgramRepository.Filter(null, null, null, null, null).within(scope.limits()));
    }

    @GET
    @Path("/{questionnaireId}")
    @Operation(operationId = "getQuestionnaire", summary = "Get a questionnaire with its questions")
    @APIResponse(responseCode = "200", description = "The questionnaire with its questions.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
    public QuestionnaireView get(@PathParam("questionnaireId") long questionnaireId) {
        return service.get(questionnaireId);
    }

    @POST
    @Operation(
            operationId = "createQuestionnaire",
            summary = "Create a draft from scratch",
            description = "Version = the program's highest + 1. A program has at most one draft.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response create(@Valid @NotNull QuestionnaireRequest request, UriInfo uri) {
        scope.requireProgram(request.programId());
        return created(service.create(request), uri);
    }

    @POST
    @Path("/from-template")
    @Operation(
            operationId = "createQuestionnaireFromTemplate",
            summary = "Create a draft from templates in one call",
            description =
                    "Questions of the listed templates in order; title, intro and notice from the first, filled in for the program.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response createFromTemplate(@Valid @NotNull TemplateQuestionnaireRequest request, UriInfo uri) {
        scope.requireProgram(request.programId());
        return created(service.createFromTemplates(request), uri);
    }

    @PUT
    @Path("/{questionnaireId}")
    @Operation(operationId = "updateQuestionnaire", summary = "Update a draft's title, intro, notice and dates")
    @APIResponse(responseCode = "200", description = "The updated draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public QuestionnaireView update(
            @PathParam("questionnaireId") long questionnaireId, @Valid @NotNull QuestionnaireUpdateRequest request) {
        return service.update(questionnaireId, request);
    }

    @DELETE
    @Path("/{questionnaireId}")
    @Operation(
            operationId = "deleteQuestionnaire",
            summary = "Delete a draft",
            description = "Published and closed questionnaires are kept forever.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public void delete(@PathParam("questionnaireId") long questionnaireId) {
        service.delete(questionnaireId);
    }

    @POST
    @Path("/{questionnaireId}/publish")
    @Operation(
            operationId = "publishQuestionnaire",
            summary = "Publish a draft",
            description =
                    "Checks the whole questionnaire and lists every problem at once. Closes the program's previously published version.")
    @APIResponse(responseCode = "200", description = "Published.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.QUESTIONNAIRE_INCOMPLETE)
    public QuestionnaireView publish(@PathParam("questionnaireId") long questionnaireId) {
        return service.publish(questionnaireId);
    }

    @POST
    @Path("/{questionnaireId}/close")
    @Operation(
            operationId = "closeQuestionnaire",
            summary = "Close a published questionnaire",
            description = "It stops accepting answers; its results stay.")
    @APIResponse(responseCode = "200", description = "Closed.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public QuestionnaireView close(@PathParam("questionnaireId") long questionnaireId) {
        return service.close(questionnaireId);
    }

    @PUT
    @Path("/{questionnaireId}/duplicate-policy")
    @Operation(
            operationId = "setDuplicatePolicy",
            summary = "Set what a second response from the same browser gets",
            description =
                    "FLAG (default: kept, flagged, left out of scores), REJECT (refused kindly) or ALLOW (a shared kiosk"
                            + " tablet). Operational, so it can change while the questionnaire is published.")
    @APIResponse(responseCode = "200", description = "The questionnaire with its new policy.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public QuestionnaireView setDuplicatePolicy(
            @PathParam("questionnaireId") long questionnaireId, @Valid @NotNull DuplicatePolicyRequest request) {
        return service.setDuplicatePolicy(questionnaireId, request.policy());
    }

    @POST
    @Path("/{questionnaireId}/new-version")
    @Operation(
            operationId = "createQuestionnaireVersion",
            summary = "Start a new version",
            description = "Copies a published or closed questionnaire into a new draft.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the new draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response newVersion(@PathParam("questionnaireId") long questionnaireId, UriInfo uri) {
        return created(service.newVersion(questionnaireId), uri);
    }

    private static Response created(QuestionnaireView view, UriInfo uri) {
        URI location = uri.getBaseUriBuilder()
                .path(QuestionnaireResource.class)
                .path(String.valueOf(view.id()))
                .build();
        return Response.created(location).entity(view).build();
    }
}
