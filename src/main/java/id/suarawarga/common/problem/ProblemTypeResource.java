package id.suarawarga.common.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Makes every problem {@code type} URI resolvable to a description of the problem. */
@Path("/problems")
@Tag(name = "Problem types", description = "The catalogue of error types every API error refers to.")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProblemTypeResource {

    /** A problem type as documented. */
    @Schema(name = "ProblemTypeDescription")
    public record ProblemTypeView(String type, String title, int status, String description) {
        static ProblemTypeView of(ProblemType type) {
            return new ProblemTypeView(type.uri(), type.title(), type.status(), type.description());
        }
    }

    @GET
    @Operation(operationId = "listProblemTypes", summary = "List every problem type")
    public List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getProblemType", summary = "Describe one problem type")
    @APIResponse(responseCode = "200", description = "The problem type.")
    @APIResponse(
            responseCode = "404",
            description = "No such problem type.",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProblemTypeView get(@PathParam("slug") String slug) {
        return Arrays.stream(ProblemType.values())
                .filter(type -> type.slug().equals(slug))
                .findFirst()
                .map(ProblemTypeView::of)
                .orElseThrow(() -> ProblemException.notFound("Problem type", slug));
    }
}
