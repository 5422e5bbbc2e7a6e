package id.suarawarga.field;

import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;

/** Whether a questionnaire takes answers collected by staff now: the open one, else the problem that says why. */
public final class Collecting {

    private Collecting() {}

    public static Availability.Open open(Availability availability, long questionnaireId) {
        if (availability instanceof Availability.Open open) {
            return open;
        }
        if (availability instanceof Availability.Closed) {
            throw new ProblemException(
                    ProblemType.QUESTIONNAIRE_CLOSED,
                    "Questionnaire " + questionnaireId + " is closed or replaced by a newer version");
        }
        if (availability instanceof Availability.NotYetOpen) {
            throw new ProblemException(
                    ProblemType.QUESTIONNAIRE_NOT_OPEN, "Questionnaire " + questionnaireId + " is not open yet");
        }
        throw ProblemException.notFound("Questionnaire", questionnaireId);
    }
}
