package id.suarawarga.web.staff.questionnaire;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.questionnaire.QuestionOrderRequest;
import id.suarawarga.questionnaire.QuestionRequest;
import id.suarawarga.questionnaire.QuestionService;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireView;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Adds, edits, removes and reorders the questions of a draft: one question per form, Bahasa Indonesia and English
 * side by side, its options as rows. Thin over {@link QuestionService}, as the API is.
 */
@Path("/dasbor/kelola/kuesioner/{questionnaireId}/pertanyaan")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
@Produces(MediaType.TEXT_HTML)
public class QuestionEditorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(
                Viewer viewer,
                QuestionnaireView questionnaire,
                Long questionId,
                QuestionForm form,
                java.util.Map<String, String> errors,
                List<QuestionType> types,
                List<QuestionTag> tags,
                List<QuestionView> earlier);
    }

    private final QuestionService questions;
    private final QuestionnaireService questionnaires;
    private final AccessScope scope;
    private final Validator validator;

    QuestionEditorPage(
            QuestionService questions, QuestionnaireService questionnaires, AccessScope scope, Validator validator) {
        this.questions = questions;
        this.questionnaires = questionnaires;
        this.scope = scope;
        this.validator = validator;
    }

    @GET
    @Path("/baru")
    @Operation(hidden = true)
    public Response newQuestion(@PathParam("questionnaireId") long questionnaireId, @QueryParam("jenis") String type) {
        QuestionType chosen = Arrays.stream(QuestionType.values())
                .filter(t -> t.name().equals(type))
                .findFirst()
                .orElse(QuestionType.LIKERT);
        return form(questionnaireId, null, QuestionForm.blank(chosen), new FormErrors(), 200);
    }

    @POST
    @Path("/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@PathParam("questionnaireId") long questionnaireId, @BeanParam QuestionFields fields) {
        QuestionForm form = QuestionForm.read(fields);
        if (fields.switchType != null) {
            return form(questionnaireId, null, form.keptForRetry(), new FormErrors(), 200);
        }
        FormErrors errors = new FormErrors();
        QuestionRequest request = form.toRequest(errors);
        Integer position = form.positionNumber(errors);
        return save(
                questionnaireId, null, form, errors, request, () -> questions.add(questionnaireId, request, position));
    }

    @GET
    @Path("/{questionId}")
    @Operation(hidden = true)
    public Response edit(@PathParam("questionnaireId") long questionnaireId, @PathParam("questionId") long questionId) {
        QuestionView question = questions.get(questionnaireId, questionId);
        return form(questionnaireId, questionId, QuestionForm.of(question), new FormErrors(), 200);
    }

    @POST
    @Path("/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response replace(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("questionId") long questionId,
            @BeanParam QuestionFields fields) {
        questions.get(questionnaireId, questionId); // 404 for a question of another questionnaire
        QuestionForm form = QuestionForm.read(fields);
        if (fields.switchType != null) {
            return form(questionnaireId, questionId, form.keptForRetry(), new FormErrors(), 200);
        }
        FormErrors errors = new FormErrors();
        QuestionRequest request = form.toRequest(errors);
        return save(
                questionnaireId,
                questionId,
                form,
                errors,
                request,
                () -> questions.replace(questionnaireId, questionId, request));
    }

    @POST
    @Path("/{questionId}/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(
            @PathParam("questionnaireId") long questionnaireId, @PathParam("questionId") long questionId) {
        try {
            questions.delete(questionnaireId, questionId);
            return builder(questionnaireId, "dihapus");
        } catch (ProblemException e) {
            if (e.type() == ProblemType.IN_USE) {
                return builder(questionnaireId, "dipakai");
            }
            return stateProblem(questionnaireId, e);
        }
    }

    @POST
    @Path("/{questionId}/naik")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response up(@PathParam("questionnaireId") long questionnaireId, @PathParam("questionId") long questionId) {
        return move(questionnaireId, questionId, -1);
    }

    @POST
    @Path("/{questionId}/turun")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response down(@PathParam("questionnaireId") long questionnaireId, @PathParam("questionId") long questionId) {
        return move(questionnaireId, questionId, 1);
    }

    private Response move(long questionnaireId, long questionId, int by) {
        List<Long> order = new ArrayList<>(
                questions.list(questionnaireId).stream().map(QuestionView::id).toList());
        int from = order.indexOf(questionId);
        if (from < 0) {
            throw ProblemException.notFound("Question", questionId);
        }
        int to = Math.max(0, Math.min(order.size() - 1, from + by));
        order.add(to, order.remove(from));
        try {
            questions.reorder(questionnaireId, new QuestionOrderRequest(order));
            return Response.seeOther(URI.create(
                            QuestionnaireBuilderPage.BASE + questionnaireId + "?pesan=urutan#p-" + questionId))
                    .build();
        } catch (ProblemException e) {
            return stateProblem(questionnaireId, e);
        }
    }

    private Response save(
            long questionnaireId,
            Long questionId,
            QuestionForm form,
            FormErrors errors,
            QuestionRequest request,
            Runnable write) {
        errors.violations(validator.validate(request), QuestionEditorPage::field);
        if (errors.isEmpty()) {
            try {
                write.run();
                return builder(questionnaireId, "pertanyaan");
            } catch (ProblemException e) {
                if (e.type() == ProblemType.INVALID_STATE) {
                    return stateProblem(questionnaireId, e);
                }
                errors.problem(e, QuestionEditorPage::field, BuilderWords::questionProblem);
            }
        }
        return form(questionnaireId, questionId, form.keptForRetry(), errors, 422);
    }

    private Response form(long questionnaireId, Long questionId, QuestionForm form, FormErrors errors, int status) {
        QuestionnaireView q = questionnaires.get(questionnaireId);
        if (!q.status().name().equals("DRAFT")) {
            return builder(questionnaireId, null);
        }
        List<QuestionView> earlier = new ArrayList<>();
        for (QuestionView other : q.questions()) {
            if (questionId != null && other.id().equals(questionId)) {
                break;
            }
            if (!other.options().isEmpty()) {
                earlier.add(other);
            }
        }
        return Response.fromResponse(DashboardPage.page(Templates.question(
                        Viewer.of(scope),
                        q,
                        questionId,
                        form,
                        errors.map(),
                        List.of(QuestionType.values()),
                        List.of(QuestionTag.values()),
                        earlier)))
                .status(status)
                .build();
    }

    private static Response builder(long questionnaireId, String notice) {
        return Response.seeOther(URI.create(
                        QuestionnaireBuilderPage.BASE + questionnaireId + (notice == null ? "" : "?pesan=" + notice)))
                .build();
    }

    /** The draft was published or closed meanwhile: back to the builder, which says what can still be done. */
    private static Response stateProblem(long questionnaireId, ProblemException e) {
        if (e.type() != ProblemType.INVALID_STATE) {
            throw e;
        }
        return builder(questionnaireId, "bukan-draf");
    }

    /** The form section a problem's pointer or property path concerns: text, options, showIf, … */
    static String field(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return FormErrors.FORM;
        }
        String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        String first = path.split("[/.\\[]")[0];
        return first.isEmpty() ? FormErrors.FORM : first;
    }
}
