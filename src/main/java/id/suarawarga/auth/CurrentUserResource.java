package id.suarawarga.auth;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells any signed-in caller who they are and what they may see. */
@Path("/api/v1/me")
@Tag(name = "Staff users")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CurrentUserResource {

    private final SecurityIdentity identity;
    private final AccessScope scope;
    private final StaffUserService users;

    CurrentUserResource(SecurityIdentity identity, AccessScope scope, StaffUserService users) {
        this.identity = identity;
        this.scope = scope;
        this.users = users;
    }

    @GET
    @Operation(
            operationId = "getCurrentUser",
            summary = "The signed-in caller",
            description = "Name, roles and scope (regions, programs).")
    @APIResponse(
            responseCode = "200",
            description = "The caller.",
            content = @Content(schema = @Schema(implementation = CurrentUserView.class)))
    public CurrentUserView me() {
        return new CurrentUserView(
                scope.actor(),
                scope.displayName(),
                new TreeSet<>(identity.getRoles()),
                new TreeSet<>(scope.regionCodes()),
                scope.programIds().map(ids -> ids.stream().sorted().toList()).orElse(null));
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
    @Operation(
            operationId = "changeOwnPassword",
            summary = "Change my own password",
            description =
                    "A staff account's new password; the current one proves it is the person. API keys have none.")
    @APIResponse(responseCode = "204", description = "Changed; the next sign-in uses the new password.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public void changePassword(@Valid @NotNull PasswordChangeRequest request) {
        users.changeOwnPassword(request);
    }
}
