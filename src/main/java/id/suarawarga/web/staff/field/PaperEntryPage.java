package id.suarawarga.web.staff.field;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.field.PaperCodes;
import id.suarawarga.field.PaperEntryService;
import id.suarawarga.field.PaperSheet;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.response.AnswerError;
import id.suarawarga.response.SubmissionOutcome;
import id.suarawarga.web.SurveyFormBuilder;
import id.suarawarga.web.SurveyMessages;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Typing a stack of paper forms in, by keyboard alone: the printed option numbers, Tab from question to question,
 * Enter saves the sheet and opens the next number of the same batch with the cursor on the first question. A sheet
 * typed twice is caught by its batch and number ({@link PaperEntryService}, as the API).
 */
@Path("/dasbor/kuesioner/{questionnaireId}/entri-kertas")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.ENUMERATOR})
public class PaperEntryPage {

    private static final String ANSWER = "a.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entry(Viewer viewer, PaperEntryView view);
    }

    private final PaperEntryService paper;
    private final AccessScope scope;

    PaperEntryPage(PaperEntryService paper, AccessScope scope) {
        this.paper = paper;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("batch") String batch,
            @QueryParam("lembar") String sheet,
            @QueryParam("tersimpan") Integer stored,
            @QueryParam("sama") Integer same,
            @QueryParam("berhenti") Integer stopped) {
        PublicQuestionnaire q = paper.printable(questionnaireId);
        String message = stored != null
                ? "Lembar " + stored + " tersimpan."
                : same != null
                        ? "Lembar " + same + " sudah pernah diketik dengan jawaban yang sama: tidak disimpan dua kali."
                        : stopped != null
                                ? "Lembar " + stopped
                                        + " tidak disimpan: sebuah jawaban menghentikan survei (misalnya usia di bawah 18)."
                                : null;
        boolean hasBatch = batch != null && !batch.isBlank();
        List<PaperQuestion> questions = PaperQuestion.of(q);
        String focus = hasBatch && !questions.isEmpty() ? questions.get(0).code() : "batch";
        return PaperFormPage.html(Templates.entry(
                Viewer.of(scope),
                new PaperEntryView(
                        questionnaireId,
                        q,
                        hasBatch ? batch.strip() : "",
                        sheet == null ? "1" : sheet,
                        message,
                        same != null || stopped != null,
                        focus,
                        questions)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response enter(@PathParam("questionnaireId") long questionnaireId, MultivaluedMap<String, String> fields) {
        PublicQuestionnaire q = paper.printable(questionnaireId);
        String batch =
                fields.getFirst("batch") == null ? "" : fields.getFirst("batch").strip();
        String sheetText = fields.getFirst("lembar") == null
                ? ""
                : fields.getFirst("lembar").strip();
        Integer sheet = sheetText.matches("\\d{1,9}") ? Integer.valueOf(sheetText) : null;
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (QuestionView question : q.questions()) {
            List<String> values = PaperCodes.values(question, fields.getFirst(ANSWER + question.code()));
            if (!values.isEmpty()) {
                answers.put(question.code(), values);
            }
        }
        SubmissionOutcome outcome;
        try {
            outcome = paper.enter(questionnaireId, new PaperSheet(batch, sheet, answers));
        } catch (ProblemException e) {
            if (e.errors() == null) {
                throw e;
            }
            String message = e.errors().stream().anyMatch(f -> "/batch".equals(f.pointer()))
                    ? "Batch wajib diisi: huruf, angka atau tanda hubung (paling banyak 40), misalnya pasar-kamis."
                    : "No. lembar wajib diisi: angka 1 sampai " + PaperEntryService.MAX_SHEET + ".";
            return again(q, questionnaireId, batch, sheetText, fields, List.of(), message, 422);
        }
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return next(questionnaireId, batch, sheet, accepted.replayed() ? "sama" : "tersimpan");
        }
        if (outcome instanceof SubmissionOutcome.NotEligible) {
            return next(questionnaireId, batch, sheet, "berhenti");
        }
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            return again(
                    q,
                    questionnaireId,
                    batch,
                    sheetText,
                    fields,
                    invalid.errors(),
                    "Lembar " + sheet + " belum tersimpan: periksa pertanyaan yang ditandai.",
                    422);
        }
        return again(
                q,
                questionnaireId,
                batch,
                sheetText,
                fields,
                List.of(),
                "Lembar " + sheet + " batch " + batch + " sudah diketik sebelumnya dengan jawaban lain; tidak disimpan."
                        + " Periksa nomor lembar pada kertasnya.",
                409);
    }

    private static Response next(long questionnaireId, String batch, int sheet, String what) {
        return Response.seeOther(UriBuilder.fromPath("/dasbor/kuesioner/{id}/entri-kertas")
                        .queryParam("batch", batch)
                        .queryParam("lembar", sheet + 1)
                        .queryParam(what, sheet)
                        .build(questionnaireId))
                .build();
    }

    /** The sheet again, as typed, with what is wrong: nothing was stored. */
    private Response again(
            PublicQuestionnaire q,
            long questionnaireId,
            String batch,
            String sheet,
            MultivaluedMap<String, String> fields,
            List<AnswerError> errors,
            String message,
            int status) {
        SurveyMessages msg = MessageBundles.get(SurveyMessages.class, Localized.Literal.of("id"));
        List<PaperQuestion> questions = new ArrayList<>();
        String focus = null;
        for (QuestionView question : q.questions()) {
            String error = errors.stream()
                    .filter(e -> e.question().equals(question.code()))
                    .findFirst()
                    .map(e -> SurveyFormBuilder.errorText(e, msg))
                    .orElse(null);
            if (error != null && focus == null) {
                focus = question.code();
            }
            questions.add(PaperQuestion.of(q, question, fields.getFirst(ANSWER + question.code()), error));
        }
        if (focus == null) {
            focus = batch.isEmpty() || !batch.matches(PaperEntryService.BATCH.pattern()) ? "batch" : "lembar";
        }
        return Response.fromResponse(PaperFormPage.html(Templates.entry(
                        Viewer.of(scope),
                        new PaperEntryView(questionnaireId, q, batch, sheet, message, true, focus, questions))))
                .status(status)
                .build();
    }
}
