package id.suarawarga.publication;

import id.suarawarga.access.AccessScope;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a questionnaire's results are on the public results pages: an owner's or admin's decision, audited. By
 * default they are ({@link #DEFAULT}): PermenPANRB 14/2017 requires the SKM results to be published, and no cell with
 * fewer than {@link PublicResultService#MINIMUM_RESPONSES} respondents is ever shown.
 */
@ApplicationScoped
public class PublicationService {

    /** Results are public unless an owner or admin withdraws them. */
    public static final boolean DEFAULT = true;

    private final ResultPublicationRepository decisions;
    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final AuditLog audit;
    private final AccessScope scope;
    private final Clock clock = Clock.systemUTC();

    PublicationService(
            ResultPublicationRepository decisions,
            QuestionnaireService questionnaires,
            ProgramService programs,
            AuditLog audit,
            AccessScope scope) {
        this.decisions = decisions;
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.audit = audit;
        this.scope = scope;
    }

    @Transactional
    public PublicationView get(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        return view(questionnaire, decisions.findByIdOptional(questionnaireId));
    }

    /** Records the decision; a change is audited with the setting before and after. */
    @Transactional
    public PublicationView set(long questionnaireId, PublicationRequest request) {
        if (request == null || request.published() == null) {
            throw ProblemException.invalid("/published", "must be true or false");
        }
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        Optional<ResultPublication> found = decisions.findByIdOptional(questionnaireId);
        boolean before = found.map(d -> d.published).orElse(DEFAULT);
        ResultPublication decision = found.orElseGet(() -> {
            ResultPublication created = new ResultPublication();
            created.questionnaireId = questionnaireId;
            return created;
        });
        boolean changed = before != request.published() || found.isEmpty();
        decision.published = request.published();
        decision.changedAt = clock.instant();
        decision.changedBy = scope.actor();
        decisions.persist(decision);
        if (changed) {
            audit.record(
                    AuditAction.RESULTS_PUBLICATION_CHANGED,
                    programs.get(questionnaire.programId()).regionCode(),
                    "questionnaire:" + questionnaireId,
                    Map.of("before", Map.of("published", before), "after", Map.of("published", request.published())));
        }
        return view(questionnaire, Optional.of(decision));
    }

    /** Whether the results are public (no scope: for the public pages). */
    @Transactional
    public boolean isPublished(long questionnaireId) {
        return decisions.findByIdOptional(questionnaireId).map(d -> d.published).orElse(DEFAULT);
    }

    /** Of these questionnaires, those whose results were withdrawn. */
    @Transactional
    public Set<Long> withdrawn(Collection<Long> questionnaireIds) {
        return decisions.withdrawn(questionnaireIds);
    }

    private static PublicationView view(QuestionnaireView questionnaire, Optional<ResultPublication> decision) {
        return new PublicationView(
                questionnaire.id(),
                decision.map(d -> d.published).orElse(DEFAULT),
                decision.isEmpty(),
                decision.map(d -> d.changedAt).orElse(null),
                decision.map(d -> d.changedBy).orElse(null),
                questionnaire.status() == QuestionnaireStatus.DRAFT
                        ? null
                        : "/hasil/program/" + questionnaire.programSlug());
    }
}
