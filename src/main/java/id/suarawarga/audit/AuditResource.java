package id.suarawarga.audit;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for admins: a region's admin sees the events of their region. */
@Path("/api/v1/audit-events")
@Tag(name = "Audit log", description = "Sign-ins, publishing and closing, exports, account and API-key changes.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditLog events;
    private final AccessScope scope;

    AuditResource(AuditLog events, AccessScope scope) {
        this.events = events;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "List audit events, newest first",
            description = "Optionally one action only.")
    @APIResponse(responseCode = "200", description = "One page of events.")
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public PageView<AuditEventView> list(@QueryParam("action") AuditAction action, @Valid @BeanParam PageRequest page) {
        return events.page(action, scope.national() ? null : scope.regionCodes(), page);
    }
}
