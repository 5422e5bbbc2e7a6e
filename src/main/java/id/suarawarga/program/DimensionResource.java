package id.suarawarga.program;

import id.suarawarga.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Smart City framework's dimensions and sub-dimensions, for forms and clients. */
@Path("/api/v1/dimensions")
@Tag(name = "Dimensions", description = "The six Smart City dimensions and their eighteen sub-dimensions.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR, Roles.API_CLIENT})
public class DimensionResource {

    private final DimensionCatalog catalog;

    DimensionResource(DimensionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(
            operationId = "listDimensions",
            summary = "List the dimensions and sub-dimensions",
            description = "In the framework's order.")
    public List<DimensionView> list() {
        return catalog.all();
    }
}
