package id.suarawarga.score;

import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Scores of one questionnaire from its running aggregates, and the aggregates' check and rebuild. */
@ApplicationScoped
public class ScoreService {

    private static final int LOWEST_ELEMENTS = 3;

    private final ScoreAggregates aggregates;
    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final ScoreEngine engine = new ScoreEngine();
    private final Clock clock = Clock.systemUTC();

    ScoreService(ScoreAggregates aggregates, QuestionnaireService questionnaires, ProgramService programs) {
        this.aggregates = aggregates;
        this.questionnaires = questionnaires;
        this.programs = programs;
    }

    public ScoreView questionnaire(long questionnaireId, boolean includeFlagged) {
        QuestionnaireView questionnaire = published(questionnaireId);
        ProgramView program = programs.get(questionnaire.programId());
        OptionalLong population = program.targetPopulation() == null ? OptionalLong.empty()
                : OptionalLong.of(program.targetPopulation());
        ScoreAggregates.Sums sums = aggregates.read(questionnaireId, includeFlagged);
        QuestionnaireScore score = engine.score(sums.stats(), population);
        SampleProgress sample = SampleProgress.of(sums.responses(), population);
        return new ScoreView(questionnaireId, questionnaire.programId(), questionnaire.version(), includeFlagged,
                sums.responses(), Provisional.isProvisional(sums.responses()),
                score.ikm().map(ScoreService::ikm).orElse(null),
                score.benefit().map(ScoreService::benefit).orElse(null),
                score.elements().stream().map(e -> new ScoreView.Element(e.element().name(), e.questionCode(), e.n(), e.nrr(),
                        e.konversi(), e.category().name())).toList(),
                score.lowestElements(LOWEST_ELEMENTS).stream().map(e -> e.element().name()).toList(),
                score.questions().stream().map(ScoreService::question).toList(),
                new ScoreView.Sample(program.targetPopulation(), sample.requiredSample().isPresent()
                        ? sample.requiredSample().getAsLong() : null, sample.quota(), value(sample.requiredProgress()),
                        sample.quotaProgress()),
                clock.instant());
    }

    public List<String> differences(long questionnaireId) {
        published(questionnaireId);
        return aggregates.differences(questionnaireId);
    }

    public List<String> rebuild(long questionnaireId) {
        published(questionnaireId);
        return aggregates.rebuild(questionnaireId);
    }

    /** Drafts have no responses and no scores. */
    private QuestionnaireView published(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        if (questionnaire.status() == QuestionnaireStatus.DRAFT) {
            throw ProblemException.invalidState("Questionnaire " + questionnaireId + " is a draft and has no scores");
        }
        return questionnaire;
    }

    private static ScoreView.Ikm ikm(Ikm ikm) {
        return new ScoreView.Ikm(ikm.value(), ikm.konversi(), ikm.category().name(), ikm.category().label(),
                ikm.konversiInterval().map(ConfidenceInterval::low).orElse(null),
                ikm.konversiInterval().map(ConfidenceInterval::high).orElse(null), ikm.n(), ikm.provisional(),
                ikm.index().value());
    }

    private static ScoreView.Benefit benefit(BenefitScore benefit) {
        return new ScoreView.Benefit(benefit.value(), benefit.interval().map(ConfidenceInterval::low).orElse(null),
                benefit.interval().map(ConfidenceInterval::high).orElse(null), benefit.n(), benefit.provisional(),
                benefit.index().value());
    }

    private static ScoreView.Question question(QuestionScore q) {
        return new ScoreView.Question(q.code(), q.tag() == null ? null : q.tag().name(), q.scale().points(), q.n(),
                value(q.mean().mean()), q.mean().interval().map(ConfidenceInterval::low).orElse(null),
                q.mean().interval().map(ConfidenceInterval::high).orElse(null),
                q.distribution().stream().map(QuestionScore.PointCount::count).toList(), value(q.topTwoBox().share()),
                q.topTwoBox().interval().map(ConfidenceInterval::low).orElse(null),
                q.topTwoBox().interval().map(ConfidenceInterval::high).orElse(null));
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
