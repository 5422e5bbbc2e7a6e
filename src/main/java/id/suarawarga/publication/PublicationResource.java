package id.suarawarga.publication;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a questionnaire's results are public: read and decided by its program's owners and the region's admins. */
@Path("/api/v1/questionnaires/{questionnaireId}/result-publication")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public results")
public class PublicationResource {

    private final PublicationService publication;

    PublicationResource(PublicationService publication) {
        this.publication = publication;
    }

    @GET
    @Operation(
            operationId = "getResultPublication",
            summary = "Whether the results are public",
            description = "Published by default (PermenPANRB 14/2017 requires publication); cells under 5 respondents"
                    + " are never shown.")
    @APIResponse(
            responseCode = "200",
            description = "The setting.",
            content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public PublicationView get(@PathParam("questionnaireId") long questionnaireId) {
        return publication.get(questionnaireId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setResultPublication",
            summary = "Publish or withdraw the results",
            description = "Audited with the setting before and after.")
    @APIResponse(
            responseCode = "200",
            description = "The setting as it is now.",
            content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public PublicationView set(@PathParam("questionnaireId") long questionnaireId, PublicationRequest request) {
        return publication.set(questionnaireId, request);
    }
}
