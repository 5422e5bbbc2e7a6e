package id.suarawarga.round;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A region's evaluation rounds (tahap): read by everyone who reads its scores, managed by the region's admin. */
@Path("/api/v1/regions/{regionCode}/rounds")
@Tag(name = "Evaluation rounds", description = "Rounds (tahap) of a region's evaluation year, with their own dates.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR, Roles.API_CLIENT})
public class RoundResource {

    private final RoundService service;

    RoundResource(RoundService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listRounds",
            summary = "List a region's rounds",
            description = "Earliest first; of one year when `year` is given.")
    @APIResponse(
            responseCode = "200",
            description = "The rounds.",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = RoundView.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public List<RoundView> list(
            @PathParam("regionCode") @Parameter(example = "63.71") String regionCode,
            @QueryParam("year") @Parameter(description = "Only the rounds of this year.", example = "2024")
                    Integer year) {
        return service.list(regionCode, year);
    }

    @GET
    @Path("/{roundId}")
    @Operation(operationId = "getRound", summary = "Get a round")
    @APIResponse(
            responseCode = "200",
            description = "The round.",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public RoundView get(@PathParam("regionCode") String regionCode, @PathParam("roundId") long roundId) {
        return service.get(regionCode, roundId);
    }

    @POST
    @Operation(
            operationId = "createRound",
            summary = "Add a round",
            description = "Both days in the year; the days may not overlap another round of the region's year.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location points at the round.",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @RolesAllowed(Roles.ADMIN)
    public Response create(
            @PathParam("regionCode") String regionCode, @Valid @NotNull RoundRequest request, UriInfo uri) {
        RoundView created = service.create(regionCode, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{roundId}")
    @Operation(operationId = "updateRound", summary = "Change a round's name, year or days")
    @APIResponse(
            responseCode = "200",
            description = "The changed round.",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    @RolesAllowed(Roles.ADMIN)
    public RoundView update(
            @PathParam("regionCode") String regionCode,
            @PathParam("roundId") long roundId,
            @Valid @NotNull RoundRequest request) {
        return service.update(regionCode, roundId, request);
    }

    @DELETE
    @Path("/{roundId}")
    @Operation(operationId = "deleteRound", summary = "Delete a round", description = "Responses are not touched.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @RolesAllowed(Roles.ADMIN)
    public void delete(@PathParam("regionCode") String regionCode, @PathParam("roundId") long roundId) {
        service.delete(regionCode, roundId);
    }
}
