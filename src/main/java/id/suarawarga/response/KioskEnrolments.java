package id.suarawarga.response;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Staff turn a counter tablet into a kiosk for one program's published survey: the tablet gets a signed
 * {@link KioskPass}, its responses carry channel KIOSK and are not duplicates of each other. Every enrolment is audited.
 */
@ApplicationScoped
public class KioskEnrolments {

    /** What the tablet receives: the survey's slug and the pass to keep as a cookie. */
    public record Enrolment(String slug, String pass) {}

    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final KioskPass passes;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    KioskEnrolments(QuestionnaireService questionnaires, ProgramService programs, KioskPass passes, AuditLog audit) {
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.passes = passes;
        this.audit = audit;
    }

    /** Enrols the caller's device for the questionnaire's survey; only a published questionnaire takes a kiosk. */
    public Enrolment enrol(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            throw ProblemException.invalidState(
                    "Only a published questionnaire can be answered at a kiosk; questionnaire " + questionnaireId
                            + " is " + questionnaire.status());
        }
        ProgramView program = programs.get(questionnaire.programId());
        String pass = passes.issue(questionnaire.programSlug(), clock.instant());
        audit.record(
                AuditAction.KIOSK_ENROLLED,
                program.regionCode(),
                "questionnaire:" + questionnaireId,
                Map.of("programId", program.id(), "slug", program.slug()));
        return new Enrolment(questionnaire.programSlug(), pass);
    }
}
