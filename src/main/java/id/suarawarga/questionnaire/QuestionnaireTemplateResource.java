package id.suarawarga.questionnaire;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questionnaire templates a draft can be created from. */
@Path("/api/v1/questionnaire-templates")
@Tag(
        name = "Questionnaire templates",
        description = "Ready-made question sets: SKM (PermenPANRB 14/2017) and program benefit.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
public class QuestionnaireTemplateResource {

    private final QuestionnaireTemplates templates;

    QuestionnaireTemplateResource(QuestionnaireTemplates templates) {
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "listQuestionnaireTemplates", summary = "List templates")
    public List<QuestionnaireTemplate.Summary> list() {
        return templates.summaries();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getQuestionnaireTemplate", summary = "Get a template with its questions")
    @APIResponse(responseCode = "200", description = "The template with its questions.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public QuestionnaireTemplate get(@PathParam("code") @Parameter(example = "skm") String code) {
        return templates.require(code);
    }
}
