package id.suarawarga.auth;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for the evaluation API's machine clients. */
@Path("/api/v1/api-clients")
@Tag(
        name = "API clients",
        description = "Keys of machine clients of the evaluation API, scoped to regions; shown once, stored hashed.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiClientResource {

    private final ApiClientService service;
    private final AccessScope scope;

    ApiClientResource(ApiClientService service, AccessScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listApiClients", summary = "List API clients (without keys)")
    @APIResponse(responseCode = "200", description = "Every client within the admin's regions, revoked ones included.")
    public List<ApiClientView> list() {
        return service.list(scope.national() ? null : scope.regionCodes());
    }

    @POST
    @Operation(
            operationId = "createApiClient",
            summary = "Create an API client",
            description = "The answer is the only time the key is shown.")
    @APIResponse(responseCode = "201", description = "Created, with its key.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response create(@Valid @NotNull ApiClientRequest request, UriInfo uri) {
        request.regions().forEach(scope::requireRegion);
        ApiClientView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{apiClientId}")
    @Operation(operationId = "revokeApiClient", summary = "Revoke an API client's key")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public void revoke(@PathParam("apiClientId") long apiClientId) {
        service.revoke(apiClientId, scope.national() ? null : scope.regionCodes());
    }
}
