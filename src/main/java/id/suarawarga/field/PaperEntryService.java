package id.suarawarga.field;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import id.suarawarga.response.Channel;
import id.suarawarga.response.Submission;
import id.suarawarga.response.SubmissionOutcome;
import id.suarawarga.response.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Paper questionnaires typed in by staff: each sheet becomes one response of channel PAPER, keyed by its batch and
 * sheet number, so a sheet typed in twice is stored once (and a sheet number typed with other answers is refused,
 * so a slip is caught rather than stored). Every stored sheet is audited.
 */
@ApplicationScoped
public class PaperEntryService {

    public static final Pattern BATCH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    public static final int MAX_SHEET = 999_999;

    private final PublicQuestionnaires questionnaires;
    private final SubmissionService submissions;
    private final AuditLog audit;

    PaperEntryService(PublicQuestionnaires questionnaires, SubmissionService submissions, AuditLog audit) {
        this.questionnaires = questionnaires;
        this.submissions = submissions;
        this.audit = audit;
    }

    /** The questionnaire to print or type in: published (not a replaced version); 404 for a draft or none. */
    public PublicQuestionnaire printable(long questionnaireId) {
        Availability availability =
                questionnaires.resolveForStaff(questionnaireId).availability();
        if (availability instanceof Availability.Open open) {
            return open.questionnaire();
        }
        if (availability instanceof Availability.NotYetOpen notYet) {
            return notYet.questionnaire();
        }
        if (availability instanceof Availability.Closed) {
            throw new ProblemException(
                    ProblemType.QUESTIONNAIRE_CLOSED,
                    "Questionnaire " + questionnaireId + " is closed or replaced by a newer version");
        }
        throw ProblemException.notFound("Questionnaire", questionnaireId);
    }

    /** Stores one sheet (or recognises it as typed in before); the outcome says which. */
    public SubmissionOutcome enter(long questionnaireId, PaperSheet sheet) {
        List<FieldError> errors = new ArrayList<>();
        if (sheet.batch() == null || !BATCH.matcher(sheet.batch()).matches()) {
            errors.add(FieldError.at(
                    "/batch", "must be 1-40 letters, digits or hyphens, starting with a letter or digit"));
        }
        if (sheet.sheet() == null || sheet.sheet() < 1 || sheet.sheet() > MAX_SHEET) {
            errors.add(FieldError.at("/sheet", "must be a sheet number from 1 to " + MAX_SHEET));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PublicQuestionnaires.ForStaff found = questionnaires.resolveForStaff(questionnaireId);
        Availability.Open open = Collecting.open(found.availability(), questionnaireId);
        String batch = sheet.batch().toLowerCase(Locale.ROOT);
        SubmissionOutcome outcome = submissions.submit(new Submission(
                open.questionnaire(),
                open.duplicatePolicy(),
                key(batch, sheet.sheet()),
                Channel.PAPER,
                "id",
                sheet.answers() == null ? Map.of() : sheet.answers(),
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                false));
        if (outcome instanceof SubmissionOutcome.Accepted accepted && !accepted.replayed()) {
            audit.record(
                    AuditAction.PAPER_SHEET_ENTERED,
                    found.regionCode(),
                    "questionnaire:" + questionnaireId,
                    Map.of("batch", batch, "sheet", sheet.sheet()));
        }
        return outcome;
    }

    /** One response per sheet: batch names are compared without case, as people write them. */
    static String key(String batch, int sheet) {
        return "paper:" + batch + ":" + sheet;
    }
}
