package id.suarawarga.program;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.text.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** Admin API for Quick Win programs. */
@Path("/api/v1/programs")
@Tag(name = "Programs", description = "Quick Win programs of a region and year, one or more per Smart City dimension.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
public class ProgramResource {

    private final ProgramService service;

    private final AccessScope scope;

    ProgramResource(ProgramService service, AccessScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "listPrograms",
            summary = "List programs",
            description = "Sorted by region, year, dimension and name. All filters are optional.")
    @APIResponse(responseCode = "200", description = "One page of programs.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public PageView<ProgramView> list(
            @QueryParam("region") @Parameter(description = "Region's Kemendagri code.", example = "63.71")
                    String region,
            @QueryParam("year") @Min(2017) @Max(2100) @Parameter(example = "2024") Integer year,
            @QueryParam("dimension") @Parameter(example = "GOVERNANCE") String dimension,
            @QueryParam("subDimension") @Parameter(example = "LAYANAN_PUBLIK") String subDimension,
            @QueryParam("q") @Parameter(description = "Part of the program's or agency's name.") String q,
            @Valid @BeanParam PageRequest page) {
        return service.list(
                new ProgramRepository.Filter(
                                Texts.blankToNull(region),
                                year,
                                Texts.blankToNull(dimension),
                                Texts.blankToNull(subDimension),
                                Texts.blankToNull(q))
                        .within(scope.limits()),
                page);
    }

    @GET
    @Path("/{programId}")
    @Operation(operationId = "getProgram", summary = "Get a program")
    @APIResponse(responseCode = "200", description = "The program.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public ProgramView get(@PathParam("programId") long programId) {
        return service.get(programId);
    }

    @POST
    @Operation(
            operationId = "createProgram",
            summary = "Register a program",
            description = "The slug is derived from the name when omitted (Si Mantab → si-mantab).")
    @APIResponse(responseCode = "201", description = "Created; Location points at the program.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull ProgramRequest request, UriInfo uri) {
        scope.requireRegion(request.regionCode());
        ProgramView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{programId}")
    @Operation(operationId = "updateProgram", summary = "Update a program")
    @APIResponse(responseCode = "200", description = "The updated program.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @RolesAllowed(Roles.ADMIN)
    public ProgramView update(@PathParam("programId") long programId, @Valid @NotNull ProgramUpdateRequest request) {
        return service.update(programId, request);
    }

    @DELETE
    @Path("/{programId}")
    @Operation(
            operationId = "deleteProgram",
            summary = "Delete a program that never published a questionnaire",
            description = "Its drafts go with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @RolesAllowed(Roles.ADMIN)
    public void delete(@PathParam("programId") long programId) {
        service.delete(programId);
    }

    @POST
    @Path("/{programId}/archive")
    @Operation(
            operationId = "archiveProgram",
            summary = "Archive a program",
            description = "It leaves the year's working list; its questionnaires, answers and scores stay. A program"
                    + " whose questionnaire is still published must be closed first.")
    @APIResponse(responseCode = "200", description = "The archived program.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @RolesAllowed(Roles.ADMIN)
    public ProgramView archive(@PathParam("programId") long programId) {
        return service.archive(programId);
    }

    @POST
    @Path("/{programId}/restore")
    @Operation(operationId = "restoreProgram", summary = "Restore an archived program")
    @APIResponse(responseCode = "200", description = "The active program.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @RolesAllowed(Roles.ADMIN)
    public ProgramView restore(@PathParam("programId") long programId) {
        return service.restore(programId);
    }
}
