package id.suarawarga.auth;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins manage the staff accounts of their region. */
@Path("/api/v1/staff-users")
@Tag(
        name = "Staff users",
        description = "Accounts of admins, program owners and evaluators; passwords stored as bcrypt hashes.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffUserResource {

    private final StaffUserService service;

    StaffUserResource(StaffUserService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listStaffUsers",
            summary = "List staff accounts",
            description = "A region's admin sees the accounts of their region.")
    @APIResponse(responseCode = "200", description = "One page of accounts.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public PageView<StaffUserView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @POST
    @Operation(
            operationId = "createStaffUser",
            summary = "Create a staff account",
            description = "Without a password, one is generated and shown once.")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            content = @Content(schema = @Schema(implementation = StaffUserView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response create(@Valid @NotNull StaffUserRequest request, UriInfo uri) {
        StaffUserView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{staffUserId}")
    @Operation(operationId = "getStaffUser", summary = "Get a staff account")
    @APIResponse(
            responseCode = "200",
            description = "The account.",
            content = @Content(schema = @Schema(implementation = StaffUserView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public StaffUserView get(@PathParam("staffUserId") long staffUserId) {
        return service.get(staffUserId);
    }

    @PUT
    @Path("/{staffUserId}")
    @Operation(
            operationId = "updateStaffUser",
            summary = "Change a staff account",
            description = "Name, active, programs, password; absent fields stay.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content = @Content(schema = @Schema(implementation = StaffUserView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public StaffUserView update(
            @PathParam("staffUserId") long staffUserId, @Valid @NotNull StaffUserUpdateRequest request) {
        return service.update(staffUserId, request);
    }

    @POST
    @Path("/{staffUserId}/password-reset")
    @Operation(
            operationId = "resetStaffUserPassword",
            summary = "Reset a staff account's password",
            description =
                    "Sets a random password, shown once in generatedPassword and never stored; unlocks the account.")
    @APIResponse(
            responseCode = "200",
            description = "The account with its new password.",
            content = @Content(schema = @Schema(implementation = StaffUserView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public StaffUserView resetPassword(@PathParam("staffUserId") long staffUserId) {
        return service.resetPassword(staffUserId);
    }
}
