package id.suarawarga.questionnaire;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for the questions of a questionnaire (changes only while it is a draft). */
@Path("/api/v1/questionnaires/{questionnaireId}/questions")
@Tag(name = "Questions", description = "Questions of a questionnaire; editable only while it is a DRAFT.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class QuestionResource {

    private final QuestionService service;

    QuestionResource(QuestionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listQuestions", summary = "List the questions in order")
    @APIResponse(responseCode = "200", description = "The questions in order.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
    public List<QuestionView> list(@PathParam("questionnaireId") long questionnaireId) {
        return service.list(questionnaireId);
    }

    @GET
    @Path("/{questionId}")
    @Operation(operationId = "getQuestion", summary = "Get a question")
    @APIResponse(responseCode = "200", description = "The question.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
    public QuestionView get(
            @PathParam("questionnaireId") long questionnaireId, @PathParam("questionId") long questionId) {
        return service.get(questionnaireId, questionId);
    }

    @POST
    @Operation(
            operationId = "addQuestion",
            summary = "Add a question",
            description = "Appended, or inserted at `position` (1-based) moving later ones down.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the question.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response add(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("position") @Parameter(description = "1-based position; omit to append.") Integer position,
            @Valid @NotNull QuestionRequest request,
            UriInfo uri) {
        QuestionView created = service.add(questionnaireId, request, position);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{questionId}")
    @Operation(operationId = "replaceQuestion", summary = "Replace a question's definition")
    @APIResponse(responseCode = "200", description = "The question as replaced.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public QuestionView replace(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("questionId") long questionId,
            @Valid @NotNull QuestionRequest request) {
        return service.replace(questionnaireId, questionId, request);
    }

    @DELETE
    @Path("/{questionId}")
    @Operation(operationId = "deleteQuestion", summary = "Delete a question")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public void delete(@PathParam("questionnaireId") long questionnaireId, @PathParam("questionId") long questionId) {
        service.delete(questionnaireId, questionId);
    }

    @PUT
    @Path("/order")
    @Operation(
            operationId = "reorderQuestions",
            summary = "Reorder the questions",
            description = "List every question id once, in the new order.")
    @APIResponse(responseCode = "200", description = "The questions in their new order.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public List<QuestionView> reorder(
            @PathParam("questionnaireId") long questionnaireId, @Valid @NotNull QuestionOrderRequest request) {
        return service.reorder(questionnaireId, request);
    }
}
