package id.suarawarga.questionnaire;

import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
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
@Tag(name = "Questionnaires", description = "Versioned questionnaires: DRAFT (editable) → PUBLISHED (frozen, collecting) → CLOSED.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    private final QuestionnaireService service;

    QuestionnaireResource(QuestionnaireService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List questionnaires", description = "Newest version first within each program.")
    @APIResponse(responseCode = "200", description = "One page of questionnaires.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public PageView<QuestionnaireSummaryView> list(
            @QueryParam("programId") @Parameter(example = "1") Long programId,
            @QueryParam("status") QuestionnaireStatus status,
            @Valid @BeanParam PageRequest page) {
        return service.list(programId, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a questionnaire with its questions")
    @APIResponse(responseCode = "200", description = "The questionnaire with its questions.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public QuestionnaireView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Create a draft from scratch", description = "Version = the program's highest + 1. A program has at most one draft.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response create(@Valid @NotNull QuestionnaireRequest request, UriInfo uri) {
        return created(service.create(request), uri);
    }

    @POST
    @Path("/from-template")
    @Operation(summary = "Create a draft from templates in one call",
            description = "Questions of the listed templates in order; title, intro and notice from the first, filled in for the program.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response createFromTemplate(@Valid @NotNull TemplateQuestionnaireRequest request, UriInfo uri) {
        return created(service.createFromTemplates(request), uri);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update a draft's title, intro, notice and dates")
    @APIResponse(responseCode = "200", description = "The updated draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public QuestionnaireView update(@PathParam("id") long id, @Valid @NotNull QuestionnaireUpdateRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a draft", description = "Published and closed questionnaires are kept forever.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a draft",
            description = "Checks the whole questionnaire and lists every problem at once. Closes the program's previously published version.")
    @APIResponse(responseCode = "200", description = "Published.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.QUESTIONNAIRE_INCOMPLETE)
    public QuestionnaireView publish(@PathParam("id") long id) {
        return service.publish(id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a published questionnaire", description = "It stops accepting answers; its results stay.")
    @APIResponse(responseCode = "200", description = "Closed.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public QuestionnaireView close(@PathParam("id") long id) {
        return service.close(id);
    }

    @PUT
    @Path("/{id}/duplicate-policy")
    @Operation(summary = "Set what a second response from the same browser gets",
            description = "FLAG (default: kept, flagged, left out of scores), REJECT (refused kindly) or ALLOW (a shared kiosk"
                    + " tablet). Operational, so it can change while the questionnaire is published.")
    @APIResponse(responseCode = "200", description = "The questionnaire with its new policy.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public QuestionnaireView setDuplicatePolicy(@PathParam("id") long id, @Valid @NotNull DuplicatePolicyRequest request) {
        return service.setDuplicatePolicy(id, request.policy());
    }

    @POST
    @Path("/{id}/new-version")
    @Operation(summary = "Start a new version", description = "Copies a published or closed questionnaire into a new draft.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the new draft.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response newVersion(@PathParam("id") long id, UriInfo uri) {
        return created(service.newVersion(id), uri);
    }

    private static Response created(QuestionnaireView view, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path(QuestionnaireResource.class).path(String.valueOf(view.id())).build();
        return Response.created(location).entity(view).build();
    }
}
