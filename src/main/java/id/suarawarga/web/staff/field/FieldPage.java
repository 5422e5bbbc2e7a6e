package id.suarawarga.web.staff.field;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.field.InterviewService;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireSummaryView;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A field officer's tablet ({@code /lapangan}): the questionnaires they collect for, and an interview form that is
 * kept by the service worker and queues each interview on the tablet (IndexedDB, {@code /field.js}) until it is sent
 * to the same API a transcription tool would use ({@code POST /api/v1/questionnaires/{id}/interviews}).
 */
@Path("/lapangan")
@RolesAllowed({Roles.ENUMERATOR, Roles.ADMIN, Roles.PROGRAM_OWNER})
public class FieldPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Viewer viewer, List<QuestionnaireSummaryView> questionnaires);

        static native TemplateInstance interview(
                Viewer viewer, long questionnaireId, PublicQuestionnaire questionnaire, List<PaperQuestion> questions);
    }

    private final QuestionnaireService questionnaires;
    private final InterviewService interviews;
    private final AccessScope scope;

    FieldPage(QuestionnaireService questionnaires, InterviewService interviews, AccessScope scope) {
        this.questionnaires = questionnaires;
        this.interviews = interviews;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list() {
        List<QuestionnaireSummaryView> open = questionnaires
                .list(
                        null,
                        QuestionnaireStatus.PUBLISHED,
                        new PageRequest(0, PageRequest.MAX_SIZE),
                        new ProgramRepository.Filter(null, null, null, null, null).within(scope.limits()))
                .items();
        return PaperFormPage.html(Templates.list(Viewer.of(scope), open));
    }

    @GET
    @Path("/kuesioner/{questionnaireId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response interview(@PathParam("questionnaireId") long questionnaireId) {
        PublicQuestionnaire questionnaire = interviews.questionnaire(questionnaireId);
        return PaperFormPage.html(
                Templates.interview(Viewer.of(scope), questionnaireId, questionnaire, PaperQuestion.of(questionnaire)));
    }
}
