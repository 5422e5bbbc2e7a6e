package id.suarawarga.web.staff.people;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.auth.StaffRole;
import id.suarawarga.auth.StaffUserRequest;
import id.suarawarga.auth.StaffUserService;
import id.suarawarga.auth.StaffUserView;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.region.RegionKind;
import id.suarawarga.region.RegionRequest;
import id.suarawarga.region.RegionService;
import id.suarawarga.region.RegionView;
import id.suarawarga.web.staff.StaffPages;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Regions taking part, for the national admin: the list, and a new kabupaten/kota together with its first admin
 * (whose password is shown once). A region's admin gets 403, as from {@code POST /api/v1/regions}.
 */
@Path("/dasbor/daerah")
@RolesAllowed(Roles.ADMIN)
public class RegionsPage {

    static final Map<String, String> WORDS = Map.of(
            "code", "Kode Kemendagri: dua angka, titik, dua angka (misalnya 63.71 untuk Kota Banjarmasin).",
            "kind", "Pilih kabupaten atau kota.",
            "name", "Tulis nama daerah, paling banyak 120 karakter (misalnya Kota Banjarmasin).",
            "province", "Tulis nama provinsi, paling banyak 120 karakter.",
            "username", PeoplePage.WORDS.get("username"),
            "displayName", PeoplePage.WORDS.get("displayName"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regions(Viewer viewer, List<RegionView> regions, FormState form);
    }

    private final RegionService regions;
    private final StaffUserService users;
    private final AccessScope scope;
    private final Validator validator;

    RegionsPage(RegionService regions, StaffUserService users, AccessScope scope, Validator validator) {
        this.regions = regions;
        this.users = users;
        this.scope = scope;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list() {
        scope.requireNational("Only a national admin manages regions");
        FormState form = FormState.empty().set("kind", RegionKind.KOTA.name());
        return StaffPages.page(Templates.regions(Viewer.of(scope), all(), form));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> fields) {
        scope.requireNational("Only a national admin adds regions");
        FormState form = new FormState(fields);
        RegionKind kind = "KABUPATEN".equals(fields.getFirst("kind"))
                ? RegionKind.KABUPATEN
                : "KOTA".equals(fields.getFirst("kind")) ? RegionKind.KOTA : null;
        RegionRequest region = new RegionRequest(
                PeoplePage.strip(fields.getFirst("code")),
                kind,
                PeoplePage.strip(fields.getFirst("name")),
                PeoplePage.strip(fields.getFirst("province")));
        String username = PeoplePage.strip(fields.getFirst("username"));
        String displayName = PeoplePage.strip(fields.getFirst("displayName"));
        form.reject(validator.validate(region), WORDS);
        form.reject(
                validator.validate(
                        new StaffUserRequest(username, displayName, StaffRole.ADMIN, region.code(), List.of(), null)),
                WORDS);
        if (!form.invalid()) {
            try {
                StaffUserView admin = users.createRegionWithAdmin(region, username, displayName);
                PeoplePage.AccountRow row = new PeoplePage.AccountRow(
                        admin.id(),
                        admin.username(),
                        admin.displayName(),
                        admin.role(),
                        PeopleWords.roleLabel(admin.role(), admin.regionCode()),
                        region.name(),
                        List.of(),
                        List.of(),
                        true,
                        "aktif",
                        false);
                return StaffPages.page(
                        PeoplePage.Templates.secret(Viewer.of(scope), row, admin.generatedPassword(), true));
            } catch (ProblemException e) {
                if (e.type() != ProblemType.ALREADY_EXISTS) {
                    throw e;
                }
                boolean regionTaken = regions.find(region.code()).isPresent();
                form.reject(
                        regionTaken ? "code" : "username",
                        regionTaken
                                ? "Daerah dengan kode ini sudah terdaftar."
                                : "Nama pengguna ini sudah dipakai; pilih yang lain.");
            }
        }
        return PeoplePage.status(422, Templates.regions(Viewer.of(scope), all(), form));
    }

    private List<RegionView> all() {
        return regions.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE), null)
                .items();
    }
}
