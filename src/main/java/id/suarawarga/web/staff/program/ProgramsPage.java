package id.suarawarga.web.staff.program;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.program.DimensionCatalog;
import id.suarawarga.program.DimensionView;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramRequest;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramUpdateRequest;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireSummaryView;
import id.suarawarga.region.RegionService;
import id.suarawarga.region.RegionView;
import id.suarawarga.web.staff.DashboardPage;
import id.suarawarga.web.staff.FormErrors;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The programs of the year, for a region's admin: list, create, edit, archive and restore. Program owners see their
 * own programs here as the way into their questionnaires. Thin over {@link ProgramService}, as the API is.
 */
@Path("/dasbor/kelola/program")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ProgramsPage {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Viewer viewer, List<Row> active, List<Row> archived, String notice);

        static native TemplateInstance form(
                Viewer viewer,
                ProgramForm form,
                Map<String, String> errors,
                List<DimensionView> dimensions,
                List<RegionView> regions,
                Long programId,
                boolean published);
    }

    /** A program in the list with its newest questionnaire (null: none yet). */
    public record Row(ProgramView program, QuestionnaireSummaryView latest) {}

    private final ProgramService programs;
    private final QuestionnaireService questionnaires;
    private final DimensionCatalog dimensions;
    private final RegionService regions;
    private final AccessScope scope;
    private final Validator validator;

    ProgramsPage(
            ProgramService programs,
            QuestionnaireService questionnaires,
            DimensionCatalog dimensions,
            RegionService regions,
            AccessScope scope,
            Validator validator) {
        this.programs = programs;
        this.questionnaires = questionnaires;
        this.dimensions = dimensions;
        this.regions = regions;
        this.scope = scope;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
    @Operation(hidden = true)
    public Response list(@QueryParam("pesan") String notice) {
        ProgramRepository.Filter visible =
                new ProgramRepository.Filter(null, null, null, null, null).within(scope.limits());
        Map<Long, QuestionnaireSummaryView> latest = new LinkedHashMap<>();
        questionnaires
                .list(null, null, new PageRequest(0, Integer.MAX_VALUE), visible)
                .items()
                .forEach(q -> latest.putIfAbsent(q.programId(), q)); // newest version first within a program
        List<String> order = dimensions.all().stream()
                .flatMap(d -> d.subDimensions().stream())
                .map(DimensionView.SubDimensionView::code)
                .toList();
        List<Row> rows = programs.all(visible).stream()
                .sorted(Comparator.comparing(ProgramView::year)
                        .reversed()
                        .thenComparing(p -> order.indexOf(p.subDimension().code()))
                        .thenComparing(ProgramView::name))
                .map(p -> new Row(p, latest.get(p.id())))
                .toList();
        return DashboardPage.page(Templates.list(
                Viewer.of(scope),
                rows.stream().filter(r -> !r.program().archived()).toList(),
                rows.stream().filter(r -> r.program().archived()).toList(),
                notice == null ? null : notices().get(notice)));
    }

    @GET
    @Path("/baru")
    @Operation(hidden = true)
    public Response newProgram() {
        ProgramForm form = ProgramForm.blank(
                scope.regionCode().orElse(null), LocalDate.now(WIB).getYear());
        return form(form, new FormErrors(), null, false, 200);
    }

    @POST
    @Path("/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam ProgramForm form) {
        FormErrors errors = new FormErrors();
        Integer year = number(form.year, "year", errors);
        Integer population = number(form.targetPopulation, "targetPopulation", errors);
        ProgramRequest request = form.toCreate(year, population);
        errors.violations(validator.validate(request));
        if (request.regionCode() != null && !scope.canSeeRegion(request.regionCode())) {
            errors.put("regionCode", "Pilih daerah Anda.");
        }
        if (!errors.isEmpty()) {
            return form(form, errors, null, false, 422);
        }
        try {
            ProgramView created = programs.create(request);
            return Response.seeOther(URI.create("/dasbor/kelola/kuesioner/baru?program=" + created.id()))
                    .build();
        } catch (ProblemException e) {
            return form(form, problem(errors, e), null, false, status(e));
        }
    }

    @GET
    @Path("/{programId}")
    @Operation(hidden = true)
    public Response edit(@PathParam("programId") long programId) {
        ProgramView program = programs.get(programId);
        return form(ProgramForm.of(program), new FormErrors(), programId, published(programId), 200);
    }

    @POST
    @Path("/{programId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("programId") long programId, @BeanParam ProgramForm form) {
        ProgramView current = programs.get(programId);
        form.regionCode = current.regionCode(); // region and year never change
        form.year = String.valueOf(current.year());
        FormErrors errors = new FormErrors();
        Integer population = number(form.targetPopulation, "targetPopulation", errors);
        ProgramUpdateRequest request = form.toUpdate(population);
        errors.violations(validator.validate(request));
        boolean published = published(programId);
        if (!errors.isEmpty()) {
            return form(form, errors, programId, published, 422);
        }
        try {
            programs.update(programId, request);
            return Response.seeOther(URI.create("/dasbor/kelola/program?pesan=tersimpan"))
                    .build();
        } catch (ProblemException e) {
            return form(form, problem(errors, e), programId, published, status(e));
        }
    }

    @POST
    @Path("/{programId}/arsip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response archive(@PathParam("programId") long programId) {
        try {
            programs.archive(programId);
            return Response.seeOther(URI.create("/dasbor/kelola/program?pesan=diarsipkan"))
                    .build();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.INVALID_STATE) {
                throw e;
            }
            return Response.seeOther(URI.create("/dasbor/kelola/program?pesan=masih-berjalan"))
                    .build();
        }
    }

    @POST
    @Path("/{programId}/pulihkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response restore(@PathParam("programId") long programId) {
        programs.restore(programId);
        return Response.seeOther(URI.create("/dasbor/kelola/program?pesan=dipulihkan"))
                .build();
    }

    private Response form(ProgramForm form, FormErrors errors, Long programId, boolean published, int status) {
        List<RegionView> choosable = scope.regionCode().isPresent()
                ? List.of()
                : regions.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE), null)
                        .items();
        return Response.fromResponse(DashboardPage.page(Templates.form(
                        Viewer.of(scope), form, errors.map(), dimensions.all(), choosable, programId, published)))
                .status(status)
                .build();
    }

    private boolean published(long programId) {
        return questionnaires.current(programId).isPresent();
    }

    private static Integer number(String text, String field, FormErrors errors) {
        String value = ProgramForm.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "Isi dengan angka bulat, misalnya 2000.");
            return null;
        }
    }

    private static int status(ProblemException e) {
        return switch (e.type()) {
            case ALREADY_EXISTS, INVALID_STATE -> 409;
            case NOT_FOUND -> 422; // e.g. a region that is not there
            default -> 422;
        };
    }

    /** A service problem at the field it concerns; a name or slug already taken has no pointer, only words. */
    private static FormErrors problem(FormErrors errors, ProblemException e) {
        if (e.type() == ProblemType.ALREADY_EXISTS) {
            String detail = e.getMessage();
            return errors.put(detail.startsWith("Slug") ? "slug" : "name", words(FieldError.at("", detail)));
        }
        return errors.problem(e, ProgramsPage::field, ProgramsPage::words);
    }

    /** The form field a service problem points at. */
    static String field(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return FormErrors.FORM;
        }
        return pointer.substring(1).replace("dimension", "subDimension").replace("subSubDimension", "subDimension");
    }

    /** A service problem in the words of the form. */
    static String words(FieldError error) {
        String detail = error.detail();
        if (detail.startsWith("Slug")) {
            return "Alamat tautan ini sudah dipakai program lain; pilih alamat lain.";
        }
        if (detail.contains("already has a program named")) {
            return "Daerah ini sudah punya program dengan nama ini pada tahun yang sama.";
        }
        if (detail.contains("can no longer change")) {
            return "Kuesioner program ini sudah pernah terbit: alamat tautan (tercetak di kode QR) dan subdimensinya"
                    + " tidak dapat diubah lagi.";
        }
        if (detail.contains("unknown sub-dimension")) {
            return "Pilih subdimensi dari daftar.";
        }
        if (detail.contains("slug")) {
            return "Nama harus memuat huruf atau angka.";
        }
        return detail;
    }

    private static Map<String, String> notices() {
        return Map.of(
                "tersimpan", "Perubahan program tersimpan.",
                "diarsipkan", "Program diarsipkan. Riwayat kuesioner dan jawabannya tetap tersimpan.",
                "dipulihkan", "Program kembali aktif.",
                "masih-berjalan",
                        "Program ini belum dapat diarsipkan: kuesionernya masih menerima jawaban. Tutup kuesioner itu"
                                + " dulu.");
    }
}
