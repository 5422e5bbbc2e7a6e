package id.suarawarga.web.staff.questionnaire;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.DuplicatePolicy;
import id.suarawarga.questionnaire.QuestionnaireChanges;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireSummaryView;
import id.suarawarga.questionnaire.QuestionnaireTemplate;
import id.suarawarga.questionnaire.QuestionnaireTemplates;
import id.suarawarga.questionnaire.QuestionnaireUpdateRequest;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.questionnaire.TemplateQuestionnaireRequest;
import id.suarawarga.web.SurveyPreview;
import id.suarawarga.web.staff.DashboardPage;
import id.suarawarga.web.staff.FormErrors;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The questionnaire builder: start a draft from a template or a copy, edit its texts and settings, preview it as a
 * resident, publish, close, and start a new version and see what changed. Thin over {@link QuestionnaireService}, the
 * service the API uses; questions are edited on {@link QuestionEditorPage}.
 */
@Path("/dasbor/kelola/kuesioner")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
@Produces(MediaType.TEXT_HTML)
public class QuestionnaireBuilderPage {

    static final String BASE = "/dasbor/kelola/kuesioner/";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(
                Viewer viewer,
                ProgramView program,
                List<QuestionnaireTemplate.Summary> templates,
                List<CopySource> sources,
                String chosen,
                String error,
                Long existingDraft);

        static native TemplateInstance builder(
                Viewer viewer,
                ProgramView program,
                QuestionnaireView questionnaire,
                HeaderForm header,
                Map<String, String> errors,
                List<String> publishProblems,
                List<DuplicatePolicy> policies,
                String notice);

        static native TemplateInstance changes(
                Viewer viewer, ProgramView program, QuestionnaireView questionnaire, QuestionnaireChanges changes);
    }

    /** A questionnaire the viewer may copy, with its program for the label. */
    public record CopySource(QuestionnaireSummaryView questionnaire, ProgramView program) {}

    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final QuestionnaireTemplates templates;
    private final AccessScope scope;
    private final Validator validator;

    QuestionnaireBuilderPage(
            QuestionnaireService questionnaires,
            ProgramService programs,
            QuestionnaireTemplates templates,
            AccessScope scope,
            Validator validator) {
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.templates = templates;
        this.scope = scope;
        this.validator = validator;
    }

    @GET
    @Path("/baru")
    @Operation(hidden = true)
    public Response start(@QueryParam("program") String program) {
        long programId = visibleProgram(program);
        return start(programId, "tpl:skm", null, 200);
    }

    @POST
    @Path("/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("program") String program, @FormParam("start") String start) {
        long programId = visibleProgram(program);
        String chosen = start == null ? "" : start;
        try {
            QuestionnaireView created;
            if (chosen.startsWith("tpl:")) {
                List<String> codes = Arrays.asList(chosen.substring(4).split("\\+"));
                created = questionnaires.createFromTemplates(
                        new TemplateQuestionnaireRequest(programId, codes, null, null, null));
            } else if (chosen.startsWith("salin:") && isNumber(chosen.substring(6))) {
                long source = Long.parseLong(chosen.substring(6));
                if (!scope.canSeeQuestionnaire(source)) {
                    throw ProblemException.notFound("Questionnaire", source);
                }
                created = questionnaires.copy(programId, source);
            } else {
                return start(programId, chosen, "Pilih cara memulai: dari templat atau salinan kuesioner lain.", 422);
            }
            return Response.seeOther(URI.create(BASE + created.id() + "?pesan=dibuat"))
                    .build();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.ALREADY_EXISTS) {
                return start(programId, chosen, "Program ini sudah punya draf kuesioner. Lanjutkan draf itu.", 409);
            }
            if (e.type() == ProblemType.NOT_FOUND || e.type() == ProblemType.VALIDATION_FAILED) {
                return start(programId, chosen, "Pilihan itu tidak tersedia; pilih dari daftar.", 422);
            }
            throw e;
        }
    }

    @GET
    @Path("/{questionnaireId}")
    @Operation(hidden = true)
    public Response builder(@PathParam("questionnaireId") long questionnaireId, @QueryParam("pesan") String notice) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        return builder(
                q,
                HeaderForm.of(q),
                new FormErrors(),
                List.of(),
                notice == null ? null : notices().get(notice),
                200);
    }

    @POST
    @Path("/{questionnaireId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveHeader(@PathParam("questionnaireId") long questionnaireId, @BeanParam HeaderForm header) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        FormErrors errors = new FormErrors();
        QuestionnaireUpdateRequest request = header.toRequest(errors);
        errors.violations(validator.validate(request), QuestionnaireBuilderPage::headerField);
        if (errors.isEmpty()) {
            try {
                questionnaires.update(questionnaireId, request);
                return Response.seeOther(URI.create(BASE + questionnaireId + "?pesan=tersimpan"))
                        .build();
            } catch (ProblemException e) {
                errors.problem(e, QuestionnaireBuilderPage::headerField, FieldError::detail);
            }
        }
        return builder(q, header, errors, List.of(), null, 422);
    }

    @POST
    @Path("/{questionnaireId}/pengaturan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response settings(@PathParam("questionnaireId") long questionnaireId, @FormParam("policy") String policy) {
        DuplicatePolicy chosen = Arrays.stream(DuplicatePolicy.values())
                .filter(p -> p.name().equals(policy))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            QuestionnaireView q = questionnaires.get(questionnaireId);
            return builder(
                    q,
                    HeaderForm.of(q),
                    new FormErrors().put("policy", "Pilih salah satu cara."),
                    List.of(),
                    null,
                    422);
        }
        return lifecycle(questionnaireId, () -> questionnaires.setDuplicatePolicy(questionnaireId, chosen), "diatur");
    }

    @GET
    @Path("/{questionnaireId}/pratinjau")
    @Operation(hidden = true)
    public Response preview(@PathParam("questionnaireId") long questionnaireId, @QueryParam("lang") String lang) {
        // the residents' page in the language asked for (not the console's Indonesian), never cached
        return Response.ok(SurveyPreview.render(
                        questionnaires.preview(questionnaireId), lang, BASE + questionnaireId, "?lang="))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{questionnaireId}/terbitkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("questionnaireId") long questionnaireId) {
        try {
            questionnaires.publish(questionnaireId);
            return Response.seeOther(URI.create(BASE + questionnaireId + "?pesan=terbit"))
                    .build();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.QUESTIONNAIRE_INCOMPLETE) {
                return stateProblem(questionnaireId, e);
            }
            QuestionnaireView q = questionnaires.get(questionnaireId);
            List<String> problems =
                    e.errors().stream().map(BuilderWords::publishProblem).toList();
            return builder(q, HeaderForm.of(q), new FormErrors(), problems, null, 422);
        }
    }

    @POST
    @Path("/{questionnaireId}/tutup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response close(@PathParam("questionnaireId") long questionnaireId) {
        return lifecycle(questionnaireId, () -> questionnaires.close(questionnaireId), "ditutup");
    }

    @POST
    @Path("/{questionnaireId}/versi-baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response newVersion(@PathParam("questionnaireId") long questionnaireId) {
        try {
            QuestionnaireView draft = questionnaires.newVersion(questionnaireId);
            return Response.seeOther(URI.create(BASE + draft.id() + "?pesan=versi-baru"))
                    .build();
        } catch (ProblemException e) {
            return stateProblem(questionnaireId, e);
        }
    }

    @POST
    @Path("/{questionnaireId}/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@PathParam("questionnaireId") long questionnaireId) {
        try {
            questionnaires.delete(questionnaireId);
            return Response.seeOther(URI.create("/dasbor/kelola/program?pesan=draf-dihapus"))
                    .build();
        } catch (ProblemException e) {
            return stateProblem(questionnaireId, e);
        }
    }

    @GET
    @Path("/{questionnaireId}/perubahan")
    @Operation(hidden = true)
    public Response changes(@PathParam("questionnaireId") long questionnaireId) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        return DashboardPage.page(Templates.changes(
                Viewer.of(scope), programs.get(q.programId()), q, questionnaires.changes(questionnaireId)));
    }

    private Response lifecycle(long questionnaireId, Runnable change, String notice) {
        try {
            change.run();
            return Response.seeOther(URI.create(BASE + questionnaireId + "?pesan=" + notice))
                    .build();
        } catch (ProblemException e) {
            return stateProblem(questionnaireId, e);
        }
    }

    /** A change the questionnaire's state no longer allows (e.g. closed meanwhile in another tab): say so. */
    private Response stateProblem(long questionnaireId, ProblemException e) {
        if (e.type() != ProblemType.INVALID_STATE && e.type() != ProblemType.ALREADY_EXISTS) {
            throw e;
        }
        QuestionnaireView q = questionnaires.get(questionnaireId);
        String message = e.type() == ProblemType.ALREADY_EXISTS
                ? "Program ini sudah punya draf kuesioner; lanjutkan draf itu dari daftar program."
                : "Perubahan ini tidak dapat dilakukan pada kuesioner yang " + statusWords(q.status()) + ".";
        return builder(q, HeaderForm.of(q), new FormErrors().put(FormErrors.FORM, message), List.of(), null, 409);
    }

    private Response start(long programId, String chosen, String error, int status) {
        ProgramRepository.Filter visible =
                new ProgramRepository.Filter(null, null, null, null, null).within(scope.limits());
        Map<Long, ProgramView> byId = new java.util.HashMap<>();
        programs.all(visible).forEach(p -> byId.put(p.id(), p));
        List<QuestionnaireSummaryView> all = questionnaires
                .list(null, null, new PageRequest(0, Integer.MAX_VALUE), visible)
                .items();
        List<CopySource> sources = all.stream()
                .filter(q -> byId.containsKey(q.programId()))
                .map(q -> new CopySource(q, byId.get(q.programId())))
                .toList();
        Long draft = all.stream()
                .filter(q -> q.programId() == programId && q.status() == QuestionnaireStatus.DRAFT)
                .map(QuestionnaireSummaryView::id)
                .findFirst()
                .orElse(null);
        return Response.fromResponse(DashboardPage.page(Templates.start(
                        Viewer.of(scope),
                        programs.get(programId),
                        templates.summaries(),
                        sources,
                        chosen,
                        error,
                        draft)))
                .status(status)
                .build();
    }

    private Response builder(
            QuestionnaireView q,
            HeaderForm header,
            FormErrors errors,
            List<String> publishProblems,
            String notice,
            int status) {
        return Response.fromResponse(DashboardPage.page(Templates.builder(
                        Viewer.of(scope),
                        programs.get(q.programId()),
                        q,
                        header,
                        errors.map(),
                        publishProblems,
                        List.of(DuplicatePolicy.FLAG, DuplicatePolicy.ALLOW, DuplicatePolicy.REJECT),
                        notice)))
                .status(status)
                .build();
    }

    /** The program named in the query or form, if the viewer may see it; else it "does not exist" (404). */
    private long visibleProgram(String program) {
        if (program == null || !isNumber(program)) {
            throw ProblemException.notFound("Program", program);
        }
        long id = Long.parseLong(program);
        scope.requireProgram(id);
        return id;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
    }

    static String headerField(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return FormErrors.FORM;
        }
        String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        return path.split("[/.]")[0];
    }

    static String statusWords(QuestionnaireStatus status) {
        return switch (status) {
            case DRAFT -> "masih draf";
            case PUBLISHED -> "sudah terbit";
            case CLOSED -> "sudah ditutup";
        };
    }

    private static Map<String, String> notices() {
        return Map.ofEntries(
                Map.entry(
                        "dibuat",
                        "Draf kuesioner dibuat. Periksa teksnya, ubah pertanyaan bila perlu, lalu lihat pratinjau."),
                Map.entry("tersimpan", "Judul, pengantar dan catatan privasi tersimpan."),
                Map.entry("diatur", "Pengaturan tersimpan."),
                Map.entry("terbit", "Kuesioner terbit. Warga sudah dapat mengisinya lewat tautan dan kode QR."),
                Map.entry(
                        "ditutup",
                        "Kuesioner ditutup: tidak menerima jawaban lagi. Jawaban yang masuk tetap tersimpan."),
                Map.entry(
                        "versi-baru",
                        "Versi baru dibuat sebagai draf, berisi salinan versi sebelumnya. Ubah lalu terbitkan."),
                Map.entry("pertanyaan", "Pertanyaan tersimpan."),
                Map.entry("dihapus", "Pertanyaan dihapus."),
                Map.entry("urutan", "Urutan pertanyaan diubah."),
                Map.entry(
                        "dipakai",
                        "Pertanyaan itu tidak dihapus: pertanyaan lain hanya tampil bila pertanyaan itu dijawab"
                                + " tertentu. Ubah syarat tampilnya dulu."),
                Map.entry(
                        "bukan-draf",
                        "Kuesioner ini sudah terbit, jadi isinya tidak dapat diubah lagi. Buat versi baru."));
    }
}
