package id.suarawarga.region;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for regions (kabupaten/kota). */
@Path("/api/v1/regions")
@Tag(name = "Regions", description = "Kabupaten/kota taking part, keyed by Kemendagri code.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
public class RegionResource {

    private final RegionService service;

    private final AccessScope scope;

    RegionResource(RegionService service, AccessScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "listRegions",
            summary = "List regions",
            description = "Sorted by Kemendagri code; filter by province and name.")
    @APIResponse(responseCode = "200", description = "One page of regions.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public PageView<RegionView> list(
            @QueryParam("province")
                    @Parameter(description = "Exact province name, case-insensitive.", example = "Kalimantan Selatan")
                    String province,
            @QueryParam("q")
                    @Parameter(description = "Part of the region's name, case-insensitive.", example = "banjar")
                    String q,
            @Valid @BeanParam PageRequest page) {
        return service.list(province, q, page, scope.national() ? null : scope.regionCodes());
    }

    @GET
    @Path("/{regionCode}")
    @Operation(operationId = "getRegion", summary = "Get a region")
    @APIResponse(responseCode = "200", description = "The region.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public RegionView get(@PathParam("regionCode") @Parameter(example = "63.71") String regionCode) {
        return service.get(regionCode);
    }

    @POST
    @Operation(operationId = "createRegion", summary = "Register a region")
    @APIResponse(responseCode = "201", description = "Created; Location points at the region.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull RegionRequest request, UriInfo uri) {
        scope.requireNational("Only a national admin adds regions");
        RegionView created = service.create(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{regionCode}")
    @Operation(operationId = "updateRegion", summary = "Update a region's kind, name and province")
    @APIResponse(responseCode = "200", description = "The updated region.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @RolesAllowed(Roles.ADMIN)
    public RegionView update(@PathParam("regionCode") String regionCode, @Valid @NotNull RegionUpdateRequest request) {
        return service.update(regionCode, request);
    }

    @DELETE
    @Path("/{regionCode}")
    @Operation(operationId = "deleteRegion", summary = "Delete a region without programs")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @RolesAllowed(Roles.ADMIN)
    public void delete(@PathParam("regionCode") String regionCode) {
        service.delete(regionCode);
    }
}
