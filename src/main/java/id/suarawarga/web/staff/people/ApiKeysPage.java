package id.suarawarga.web.staff.people;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.auth.ApiClientRequest;
import id.suarawarga.auth.ApiClientService;
import id.suarawarga.auth.ApiClientView;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.region.RegionService;
import id.suarawarga.region.RegionView;
import id.suarawarga.web.staff.StaffPages;
import id.suarawarga.web.staff.StaffTime;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Keys of the evaluation system (Kominfo/Komdigi assessors, Bappeda dashboards), for admins: create one scoped to
 * regions (the key is shown once), see when each was last used, revoke. The same {@link ApiClientService} the
 * {@code /api/v1/api-clients} API uses, with the same scope: a region's admin sees and makes keys of their region.
 */
@Path("/dasbor/kunci-api")
@RolesAllowed(Roles.ADMIN)
public class ApiKeysPage {

    static final Map<String, String> WORDS = Map.of(
            "name", "Tulis untuk siapa kunci ini, paling banyak 120 karakter (misalnya Evaluasi Smart City 2024).",
            "regions", "Pilih paling sedikit satu daerah.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance keys(
                Viewer viewer, List<KeyRow> keys, FormState form, List<PeoplePage.Option> regions, String saved);

        static native TemplateInstance created(Viewer viewer, KeyRow key, String secret);
    }

    /** A key as listed: {@code lastUsed} and {@code revoked} already in words. */
    public record KeyRow(long id, String name, List<String> regions, String created, String lastUsed, String revoked) {}

    private final ApiClientService clients;
    private final RegionService regions;
    private final AccessScope scope;
    private final Validator validator;

    ApiKeysPage(ApiClientService clients, RegionService regions, AccessScope scope, Validator validator) {
        this.clients = clients;
        this.regions = regions;
        this.scope = scope;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(@QueryParam("disimpan") String saved) {
        FormState form = FormState.empty();
        scope.regionCode().ifPresent(code -> form.set("regions", code));
        return StaffPages.page(Templates.keys(viewer(), rows(), form, regionChoices(), PeopleWords.saved(saved)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> fields) {
        FormState form = new FormState(fields);
        List<String> chosen = scope.national()
                ? (fields.get("regions") == null ? List.of() : fields.get("regions"))
                : scope.regionCode().map(List::of).orElse(List.of());
        ApiClientRequest request = new ApiClientRequest(PeoplePage.strip(fields.getFirst("name")), chosen);
        form.reject(validator.validate(request), WORDS);
        if (!form.invalid()) {
            try {
                request.regions().forEach(scope::requireRegion); // as the API does
                ApiClientView created = clients.create(request);
                return StaffPages.page(Templates.created(viewer(), row(created), created.key()));
            } catch (ProblemException e) {
                form.reject("regions", "Pilih daerah dari daftar.");
            }
        }
        return PeoplePage.status(422, Templates.keys(viewer(), rows(), form, regionChoices(), null));
    }

    @POST
    @Path("/{apiClientId}/cabut")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response revoke(@PathParam("apiClientId") long apiClientId) {
        clients.revoke(apiClientId, limit());
        return PeoplePage.seeOther("/dasbor/kunci-api?disimpan=kunci");
    }

    private Set<String> limit() {
        return scope.national() ? null : scope.regionCodes();
    }

    private List<KeyRow> rows() {
        return clients.list(limit()).stream().map(this::row).toList();
    }

    private KeyRow row(ApiClientView c) {
        return new KeyRow(
                c.id(),
                c.name(),
                c.regions().stream()
                        .map(code -> regions.find(code).map(RegionView::name).orElse(code))
                        .toList(),
                time(c.createdAt()),
                c.lastUsedAt() == null ? "belum pernah" : time(c.lastUsedAt()),
                c.revokedAt() == null ? null : time(c.revokedAt()));
    }

    private List<PeoplePage.Option> regionChoices() {
        List<PeoplePage.Option> options = new ArrayList<>();
        if (scope.national()) {
            regions.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE), null).items().stream()
                    .map(r -> new PeoplePage.Option(r.code(), r.name() + " (" + r.code() + ")"))
                    .forEach(options::add);
        }
        return options;
    }

    private Viewer viewer() {
        return Viewer.of(scope);
    }

    /** In the viewer's region's time zone (WIB for national admins). */
    private String time(Instant at) {
        return StaffTime.dateTime(at, scope.regionCode().orElse(null));
    }
}
