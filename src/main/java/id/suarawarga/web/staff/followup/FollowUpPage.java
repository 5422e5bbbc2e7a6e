package id.suarawarga.web.staff.followup;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.followup.FollowUpPlanView;
import id.suarawarga.followup.FollowUpRequest;
import id.suarawarga.followup.FollowUpService;
import id.suarawarga.followup.FollowUpView;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.publication.PublicationRequest;
import id.suarawarga.publication.PublicationService;
import id.suarawarga.publication.PublicationView;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.web.staff.DashboardPage;
import id.suarawarga.web.staff.FormErrors;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The follow-up plan (rencana tindak lanjut) of a questionnaire for its program's owners and the region's admins: the
 * weakest elements, the actions, adding and changing one (a status, a result), and whether the results are public.
 * Thin over {@link FollowUpService} and {@link PublicationService}, as the API is; a wrong entry comes back with what
 * was typed and a message at its field.
 */
@Path("/dasbor/kuesioner/{questionnaireId}/tindak-lanjut")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
@Produces(MediaType.TEXT_HTML)
public class FollowUpPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Viewer viewer, Context context, FollowUpPlanView plan, PublicationView publication, String notice);

        static native TemplateInstance form(
                Viewer viewer,
                Context context,
                FollowUpForm form,
                Map<String, String> errors,
                List<Element> elements,
                Long actionId);
    }

    /** The program and questionnaire the page is about, for headings and links. */
    public record Context(long questionnaireId, int version, ProgramView program) {}

    /** One SKM element as a choice: its code, name, and whether it is among the weakest (with its score). */
    public record Element(String code, String name, FollowUpPlanView.Suggestion weak) {}

    private final FollowUpService followUps;
    private final PublicationService publication;
    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final AccessScope scope;

    FollowUpPage(
            FollowUpService followUps,
            PublicationService publication,
            QuestionnaireService questionnaires,
            ProgramService programs,
            AccessScope scope) {
        this.followUps = followUps;
        this.publication = publication;
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.scope = scope;
    }

    @GET
    @Operation(hidden = true)
    public Response list(@PathParam("questionnaireId") long questionnaireId, @QueryParam("pesan") String notice) {
        return DashboardPage.page(Templates.list(
                Viewer.of(scope),
                context(questionnaireId),
                followUps.plan(questionnaireId),
                publication.get(questionnaireId),
                notice == null ? null : notices().get(notice)));
    }

    @GET
    @Path("/baru")
    @Operation(hidden = true)
    public Response newAction(@PathParam("questionnaireId") long questionnaireId) {
        List<FollowUpPlanView.Suggestion> weakest = followUps.weakest(questionnaireId);
        FollowUpForm form = FollowUpForm.blank(
                weakest.isEmpty() ? List.of() : List.of(weakest.get(0).element()));
        return form(questionnaireId, form, new FormErrors(), null, weakest, 200);
    }

    @POST
    @Path("/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@PathParam("questionnaireId") long questionnaireId, @BeanParam FollowUpForm form) {
        FollowUpRequest request = form.toRequest();
        FormErrors errors = errors(form, request);
        if (errors.isEmpty()) {
            try {
                followUps.create(questionnaireId, request);
                return back(questionnaireId, "ditambahkan");
            } catch (ProblemException e) {
                if (e.errors() == null) {
                    throw e;
                }
                errors.problem(e, FollowUpPage::field, FollowUpPage::words);
            }
        }
        return form(questionnaireId, form, errors, null, followUps.weakest(questionnaireId), 422);
    }

    @GET
    @Path("/{actionId}")
    @Operation(hidden = true)
    public Response edit(@PathParam("questionnaireId") long questionnaireId, @PathParam("actionId") long actionId) {
        FollowUpView action = followUps.get(questionnaireId, actionId);
        return form(
                questionnaireId,
                FollowUpForm.of(action),
                new FormErrors(),
                actionId,
                followUps.weakest(questionnaireId),
                200);
    }

    @POST
    @Path("/{actionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("actionId") long actionId,
            @BeanParam FollowUpForm form) {
        followUps.get(questionnaireId, actionId); // 404 first for an action that is not here
        FollowUpRequest request = form.toRequest();
        FormErrors errors = errors(form, request);
        if (errors.isEmpty()) {
            try {
                followUps.update(questionnaireId, actionId, request);
                return back(questionnaireId, "tersimpan");
            } catch (ProblemException e) {
                if (e.errors() == null) {
                    throw e;
                }
                errors.problem(e, FollowUpPage::field, FollowUpPage::words);
            }
        }
        return form(questionnaireId, form, errors, actionId, followUps.weakest(questionnaireId), 422);
    }

    /** Publishes or withdraws the results (from the questionnaire's dashboard or this page); back where it came from. */
    @POST
    @Path("/publikasi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publication(
            @PathParam("questionnaireId") long questionnaireId,
            @FormParam("published") String published,
            @FormParam("kembali") String back) {
        if ("true".equals(published) || "false".equals(published)) {
            publication.set(questionnaireId, new PublicationRequest(Boolean.valueOf(published)));
        }
        String to = "dasbor".equals(back)
                ? "/dasbor/kuesioner/" + questionnaireId + "?publikasi=tersimpan#hasil-publik"
                : "/dasbor/kuesioner/" + questionnaireId + "/tindak-lanjut?pesan=publikasi";
        return Response.seeOther(URI.create(to)).build();
    }

    private Response form(
            long questionnaireId,
            FollowUpForm form,
            FormErrors errors,
            Long actionId,
            List<FollowUpPlanView.Suggestion> weakest,
            int status) {
        List<Element> elements = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "U" + i)
                .map(code -> new Element(
                        code,
                        QuestionTag.nameOf(code),
                        weakest.stream()
                                .filter(s -> s.element().equals(code))
                                .findFirst()
                                .orElse(null)))
                .toList();
        return Response.fromResponse(DashboardPage.page(Templates.form(
                        Viewer.of(scope), context(questionnaireId), form, errors.map(), elements, actionId)))
                .status(status)
                .build();
    }

    private Context context(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        return new Context(questionnaireId, questionnaire.version(), programs.get(questionnaire.programId()));
    }

    /** The service's own checks, in the form's words, plus a date that is not a date. */
    private static FormErrors errors(FollowUpForm form, FollowUpRequest request) {
        FormErrors errors = new FormErrors();
        if (form.badDate()) {
            errors.put("dueDate", "Tanggal tidak dikenali: pilih tanggal dari kalender (tahun-bulan-tanggal).");
        }
        for (FieldError error : FollowUpService.problems(request)) {
            errors.put(field(error.pointer()), words(error));
        }
        return errors;
    }

    private static Response back(long questionnaireId, String notice) {
        return Response.seeOther(URI.create("/dasbor/kuesioner/" + questionnaireId + "/tindak-lanjut?pesan=" + notice))
                .build();
    }

    /** The form field a service problem points at. */
    static String field(String pointer) {
        return pointer == null || pointer.isEmpty() ? FormErrors.FORM : pointer.substring(1);
    }

    /** A service problem in the words of the form. */
    static String words(FieldError error) {
        String detail = error.detail();
        return switch (field(error.pointer())) {
            case "elements" -> "Pilih paling sedikit satu unsur.";
            case "action" ->
                detail.startsWith("must be at most")
                        ? "Terlalu panjang: paling banyak " + FollowUpRequest.MAX_ACTION + " karakter."
                        : "Tulis apa yang akan dilakukan.";
            case "responsible" ->
                detail.startsWith("must be at most")
                        ? "Terlalu panjang: paling banyak " + FollowUpRequest.MAX_RESPONSIBLE + " karakter."
                        : "Tulis unit kerja atau jabatan penanggung jawab.";
            case "dueDate" ->
                detail.startsWith("must be between")
                        ? "Pilih tanggal antara tahun 2000 dan 2100."
                        : "Pilih tanggal target selesai.";
            case "status" -> "Pilih status.";
            case "result" ->
                detail.startsWith("must be at most")
                        ? "Terlalu panjang: paling banyak " + FollowUpRequest.MAX_RESULT + " karakter."
                        : "Tindakan yang selesai perlu hasilnya: tulis apa yang berubah.";
            default -> detail;
        };
    }

    private static Map<String, String> notices() {
        return Map.of(
                "ditambahkan", "Tindak lanjut ditambahkan.",
                "tersimpan", "Perubahan tindak lanjut tersimpan.",
                "publikasi", "Pengaturan publikasi hasil tersimpan.");
    }
}
