package id.suarawarga.web.staff;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditEventView;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.region.RegionTimeZones;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The audit log as a page, for admins: newest first, by action, 50 a page; each event in words (action, who, what
 * changed) at the local time of its region.
 */
@Path("/dasbor/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditPage {

    static final int SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(
                Viewer viewer,
                PageView<AuditWords.Row> events,
                List<Map.Entry<String, String>> actions,
                String action,
                Paging paging,
                String zones);
    }

    /** Page numbers as shown (from 1); {@code newer}/{@code older} are null at the ends. */
    public record Paging(int shown, Integer newer, Integer older) {
        static Paging of(int page, int totalPages) {
            return new Paging(page + 1, page > 0 ? page : null, page + 1 < totalPages ? page + 2 : null);
        }
    }

    private final AuditLog events;
    private final AccessScope scope;

    AuditPage(AuditLog events, AccessScope scope) {
        this.events = events;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(@QueryParam("aksi") String action, @QueryParam("halaman") String page) {
        AuditAction chosen = Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equals(action))
                .findFirst()
                .orElse(null);
        int pageNumber;
        try {
            pageNumber = DashboardPage.pageNumber(page, SIZE) - 1; // shown from 1, counted from 0
        } catch (DashboardPage.BadParameter e) {
            return DashboardPage.badRequest(Viewer.of(scope), e, "/dasbor/audit");
        }
        PageView<AuditEventView> view =
                events.page(chosen, scope.national() ? null : scope.regionCodes(), new PageRequest(pageNumber, SIZE));
        PageView<AuditWords.Row> rows = new PageView<>(
                view.items().stream().map(AuditWords::row).toList(),
                view.page(),
                view.size(),
                view.totalItems(),
                view.totalPages());
        return DashboardPage.page(Templates.events(
                Viewer.of(scope),
                rows,
                AuditWords.actions(),
                chosen == null ? "" : chosen.name(),
                Paging.of(pageNumber, view.totalPages()),
                scope.national()
                        ? "Waktu setempat daerah tiap catatan (WIB, WITA atau WIT); catatan nasional dalam WIB."
                        : "Waktu setempat daerah Anda ("
                                + RegionTimeZones.abbreviation(
                                        RegionTimeZones.of(scope.regionCode().orElse(null)))
                                + ")."));
    }
}
