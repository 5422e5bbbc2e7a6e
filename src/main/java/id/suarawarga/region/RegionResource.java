package id.suarawarga.region;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for regions (kabupaten/kota). */
@Path("/api/v1/regions")
@Tag(name = "Regions", description = "Kabupaten/kota taking part, keyed by Kemendagri code.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionService service;

    RegionResource(RegionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List regions", description = "Sorted by Kemendagri code; filter by province and name.")
    @APIResponse(responseCode = "200", description = "One page of regions.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public PageView<RegionView> list(
            @QueryParam("province") @Parameter(description = "Exact province name, case-insensitive.",
                    example = "Kalimantan Selatan") String province,
            @QueryParam("q") @Parameter(description = "Part of the region's name, case-insensitive.", example = "banjar")
                    String q,
            @Valid @BeanParam PageRequest page) {
        return service.list(province, q, page);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a region")
    @APIResponse(responseCode = "200", description = "The region.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public RegionView get(@PathParam("code") @Parameter(example = "63.71") String code) {
        return service.get(code);
    }

    @POST
    @Operation(summary = "Register a region")
    @APIResponse(responseCode = "201", description = "Created; Location points at the region.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response create(@Valid @NotNull RegionRequest request, UriInfo uri) {
        RegionView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(summary = "Update a region's kind, name and province")
    @APIResponse(responseCode = "200", description = "The updated region.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public RegionView update(@PathParam("code") String code, @Valid @NotNull RegionUpdateRequest request) {
        return service.update(code, request);
    }

    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete a region without programs")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public void delete(@PathParam("code") String code) {
        service.delete(code);
    }
}
