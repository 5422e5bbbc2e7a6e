package id.suarawarga.web.staff.people;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.auth.StaffRole;
import id.suarawarga.auth.StaffUserRequest;
import id.suarawarga.auth.StaffUserService;
import id.suarawarga.auth.StaffUserUpdateRequest;
import id.suarawarga.auth.StaffUserView;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * People of the region, for its admins: the accounts, a new program owner (or field officer, admin, evaluator) with
 * the programs they run or collect answers for, changes, deactivation and a password reset shown once. The same {@link StaffUserService} the
 * {@code /api/v1/staff-users} API uses; which accounts an admin may open is the scope filter's decision.
 */
@Path("/dasbor/orang")
@RolesAllowed(Roles.ADMIN)
public class PeoplePage {

    static final int SIZE = 50;

    /** The rules' words at the field (the rules are {@link StaffUserRequest}'s). */
    static final Map<String, String> WORDS = Map.of(
            "username",
                    "Nama pengguna 3–60 karakter: huruf, angka, titik, garis bawah, @ atau tanda hubung, diawali huruf"
                            + " atau angka (misalnya dinkes.banjarmasin).",
            "displayName", "Tulis nama yang tampil, paling banyak 120 karakter (misalnya Dinas Kesehatan).",
            "role", "Pilih peran.",
            "regionCode", "Pilih daerah.",
            "programIds", "Pilih paling banyak 500 program.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Viewer viewer, PageView<AccountRow> accounts, Paging paging);

        static native TemplateInstance form(Viewer viewer, FormState form, Choices choices);

        static native TemplateInstance account(
                Viewer viewer, AccountRow account, FormState form, Choices choices, String saved);

        static native TemplateInstance secret(Viewer viewer, AccountRow account, String password, boolean created);
    }

    /**
     * An account as the pages show it.
     *
     * @param status "aktif", "nonaktif" or "terkunci"
     */
    public record AccountRow(
            long id,
            String username,
            String displayName,
            StaffRole role,
            String roleLabel,
            String region,
            List<String> programs,
            List<Long> programIds,
            boolean active,
            String status,
            boolean self) {}

    /** Page numbers as shown (from 1); {@code previous}/{@code next} are null at the ends. */
    public record Paging(int shown, Integer previous, Integer next) {
        static Paging of(int shown, int totalPages) {
            return new Paging(shown, shown > 1 ? shown - 1 : null, shown < totalPages ? shown + 1 : null);
        }
    }

    /** What the forms offer: roles, regions (national admins only) and the programs an owner may run. */
    public record Choices(List<Option> roles, List<Option> regions, List<Option> programs, String fixedRegion) {}

    /** One choice of a select or a checkbox list. */
    public record Option(String value, String label) {}

    private final StaffUserService users;
    private final ProgramService programs;
    private final RegionService regions;
    private final AccessScope scope;
    private final Validator validator;

    PeoplePage(
            StaffUserService users,
            ProgramService programs,
            RegionService regions,
            AccessScope scope,
            Validator validator) {
        this.users = users;
        this.programs = programs;
        this.regions = regions;
        this.scope = scope;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(@QueryParam("halaman") String page) {
        int number = PeopleWords.pageNumber(page);
        PageView<StaffUserView> accounts = users.list(new PageRequest(number - 1, SIZE));
        Map<Long, String> names = programNames();
        PageView<AccountRow> rows = new PageView<>(
                accounts.items().stream().map(u -> row(u, names)).toList(),
                accounts.page(),
                accounts.size(),
                accounts.totalItems(),
                accounts.totalPages());
        return StaffPages.page(Templates.list(viewer(), rows, Paging.of(number, rows.totalPages())));
    }

    @GET
    @Path("/baru")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response newAccount(@QueryParam("peran") String role) {
        FormState form = FormState.empty();
        form.set("role", role == null ? StaffRole.PROGRAM_OWNER.name() : role);
        scope.regionCode().ifPresent(code -> form.set("regionCode", code));
        return StaffPages.page(Templates.form(viewer(), form, choices()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> fields) {
        FormState form = new FormState(fields);
        StaffRole role = PeopleWords.role(fields.getFirst("role"));
        String region = scope.regionCode().orElse(blankToNull(fields.getFirst("regionCode")));
        StaffUserRequest request = new StaffUserRequest(
                strip(fields.getFirst("username")),
                strip(fields.getFirst("displayName")),
                role,
                region,
                role != null && role.programScoped() ? ids(fields.get("programIds"), form) : List.of(),
                null);
        form.reject(validator.validate(request), WORDS);
        if (!form.invalid()) {
            try {
                StaffUserView created = users.create(request);
                return StaffPages.page(
                        Templates.secret(viewer(), row(created, programNames()), created.generatedPassword(), true));
            } catch (ProblemException e) {
                explain(e, form);
            }
        }
        return status(422, Templates.form(viewer(), form, choices()));
    }

    @GET
    @Path("/{staffUserId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response account(@PathParam("staffUserId") long staffUserId, @QueryParam("disimpan") String saved) {
        AccountRow account = row(users.get(staffUserId), programNames());
        FormState form = FormState.empty();
        form.set("displayName", account.displayName());
        account.programIds().forEach(id -> form.add("programIds", String.valueOf(id)));
        return StaffPages.page(Templates.account(viewer(), account, form, choices(), PeopleWords.saved(saved)));
    }

    @POST
    @Path("/{staffUserId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response update(@PathParam("staffUserId") long staffUserId, MultivaluedMap<String, String> fields) {
        AccountRow account = row(users.get(staffUserId), programNames());
        FormState form = new FormState(fields);
        StaffUserUpdateRequest request = new StaffUserUpdateRequest(
                strip(fields.getFirst("displayName")),
                null,
                account.role().programScoped() ? ids(fields.get("programIds"), form) : null,
                null);
        form.reject(validator.validate(request), WORDS);
        if (request.displayName() == null || request.displayName().isEmpty()) {
            form.reject("displayName", WORDS.get("displayName"));
        }
        if (!form.invalid()) {
            try {
                users.update(staffUserId, request);
                return seeOther("/dasbor/orang/" + staffUserId + "?disimpan=ubah");
            } catch (ProblemException e) {
                explain(e, form);
            }
        }
        return status(422, Templates.account(viewer(), account, form, choices(), null));
    }

    @POST
    @Path("/{staffUserId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response activate(@PathParam("staffUserId") long staffUserId, MultivaluedMap<String, String> fields) {
        boolean active = "aktif".equals(fields.getFirst("status"));
        try {
            users.update(staffUserId, new StaffUserUpdateRequest(null, active, null, null));
        } catch (ProblemException e) {
            AccountRow account = row(users.get(staffUserId), programNames());
            FormState form = FormState.empty();
            form.set("displayName", account.displayName());
            account.programIds().forEach(id -> form.add("programIds", String.valueOf(id)));
            form.reject("status", "Anda tidak dapat menonaktifkan akun Anda sendiri; minta admin lain.");
            return status(422, Templates.account(viewer(), account, form, choices(), null));
        }
        return seeOther("/dasbor/orang/" + staffUserId + "?disimpan=" + (active ? "aktif" : "nonaktif"));
    }

    @POST
    @Path("/{staffUserId}/kata-sandi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response resetPassword(@PathParam("staffUserId") long staffUserId) {
        StaffUserView reset = users.resetPassword(staffUserId);
        return StaffPages.page(
                Templates.secret(viewer(), row(reset, programNames()), reset.generatedPassword(), false));
    }

    /** A service's refusal, said at the field it concerns. */
    private static void explain(ProblemException e, FormState form) {
        if (e.type() == ProblemType.ALREADY_EXISTS) {
            form.reject("username", "Nama pengguna ini sudah dipakai; pilih yang lain.");
        } else if (e.errors() != null
                && e.errors().stream()
                        .anyMatch(f -> f.pointer() != null && f.pointer().startsWith("/programIds"))) {
            form.reject("programIds", "Program harus dari daerah akun ini.");
        } else if (e.errors() != null
                && e.errors().stream()
                        .anyMatch(f -> f.pointer() != null && f.pointer().startsWith("/regionCode"))) {
            form.reject(
                    "regionCode", "Pemilik program dan petugas lapangan terikat pada satu daerah: pilih daerahnya.");
        } else if (e.type() == ProblemType.FORBIDDEN || e.type() == ProblemType.NOT_FOUND) {
            form.reject("regionCode", "Pilih daerah Anda; akun nasional hanya dibuat oleh admin nasional.");
        } else {
            throw e;
        }
    }

    private Choices choices() {
        List<Option> roles = List.of(
                new Option(StaffRole.PROGRAM_OWNER.name(), PeopleWords.roleLabel(StaffRole.PROGRAM_OWNER, "x")),
                new Option(
                        StaffRole.ENUMERATOR.name(),
                        "Petugas lapangan (wawancara dan lembar kertas untuk programnya; tidak melihat nilai)"),
                new Option(StaffRole.ADMIN.name(), "Admin daerah (Diskominfo, Bappeda)"),
                new Option(StaffRole.EVALUATOR.name(), "Evaluator (hanya membaca nilai)"));
        List<Option> regionOptions = new ArrayList<>();
        String fixed = null;
        if (scope.national()) {
            regionOptions.add(new Option("", "Nasional (tanpa daerah)"));
            regions.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE), null).items().stream()
                    .map(r -> new Option(r.code(), r.name() + " (" + r.code() + ")"))
                    .forEach(regionOptions::add);
        } else {
            fixed = scope.regionCode()
                    .flatMap(regions::find)
                    .map(RegionView::name)
                    .orElse(null);
        }
        List<Option> programOptions = visiblePrograms().stream()
                .map(p -> new Option(
                        String.valueOf(p.id()),
                        p.name() + " · " + p.agency() + (scope.national() ? " · " + p.regionName() : "") + " · "
                                + p.year()))
                .toList();
        return new Choices(roles, regionOptions, programOptions, fixed);
    }

    private List<ProgramView> visiblePrograms() {
        AccessScope.Limits limits = scope.limits();
        return programs.list(
                        new ProgramRepository.Filter(
                                null, null, null, null, null, limits.regionCodes(), limits.programIds()),
                        new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    private Map<Long, String> programNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        visiblePrograms().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private AccountRow row(StaffUserView u, Map<Long, String> names) {
        String region = u.regionCode() == null
                ? "Nasional"
                : regions.find(u.regionCode()).map(RegionView::name).orElse(u.regionCode());
        String status = !u.active()
                ? "nonaktif"
                : u.lockedUntil() != null && u.lockedUntil().isAfter(java.time.Instant.now()) ? "terkunci" : "aktif";
        return new AccountRow(
                u.id(),
                u.username(),
                u.displayName(),
                u.role(),
                PeopleWords.roleLabel(u.role(), u.regionCode()),
                region,
                u.programIds().stream()
                        .map(id -> names.getOrDefault(id, "program " + id))
                        .toList(),
                u.programIds(),
                u.active(),
                status,
                scope.staffUserId().map(id -> id == u.id()).orElse(false));
    }

    private Viewer viewer() {
        return Viewer.of(scope);
    }

    /** Ids from checkbox values; a value that is no number is said at the field. */
    private static List<Long> ids(List<String> values, FormState form) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    form.reject("programIds", "Pilih program dari daftar.");
                }
            }
        }
        return ids;
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Response status(int status, TemplateInstance page) {
        return Response.fromResponse(StaffPages.page(page)).status(status).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
