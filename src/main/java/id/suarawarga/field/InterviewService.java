package id.suarawarga.field;

import id.suarawarga.access.AccessScope;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import id.suarawarga.response.Channel;
import id.suarawarga.response.Submission;
import id.suarawarga.response.SubmissionOutcome;
import id.suarawarga.response.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Interviews conducted by field officers, sent from their tablets when there is signal: one response of channel
 * ENUMERATOR each, naming the officer who collected it (never the resident), keyed by the id the tablet gave the
 * interview, so a queue sent twice stores nothing new (the same id with other answers is refused).
 */
@ApplicationScoped
public class InterviewService {

    private final PublicQuestionnaires questionnaires;
    private final SubmissionService submissions;
    private final AccessScope scope;

    InterviewService(PublicQuestionnaires questionnaires, SubmissionService submissions, AccessScope scope) {
        this.questionnaires = questionnaires;
        this.submissions = submissions;
        this.scope = scope;
    }

    /** The questionnaire to interview with: the open, current version (else 404, 403 not open yet, 410). */
    public PublicQuestionnaire questionnaire(long questionnaireId) {
        return Collecting.open(questionnaires.resolveForStaff(questionnaireId).availability(), questionnaireId)
                .questionnaire();
    }

    public SubmissionOutcome record(
            long questionnaireId, String interviewId, String language, Map<String, List<String>> answers) {
        long officer = scope.staffUserId()
                .orElseThrow(() -> ProblemException.forbidden("Interviews are recorded by a staff account"));
        Availability.Open open =
                Collecting.open(questionnaires.resolveForStaff(questionnaireId).availability(), questionnaireId);
        return submissions.submit(new Submission(
                open.questionnaire(),
                open.duplicatePolicy(),
                "enumerator:" + interviewId,
                Channel.ENUMERATOR,
                language == null ? "id" : language,
                answers,
                null,
                null,
                null,
                null,
                true,
                officer,
                null,
                false));
    }
}
