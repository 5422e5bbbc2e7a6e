package id.suarawarga.insight;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.score.stats.BenefitScore;
import id.suarawarga.score.stats.ConfidenceInterval;
import id.suarawarga.score.stats.Ikm;
import id.suarawarga.score.stats.IndexScale;
import id.suarawarga.score.stats.QuestionnaireScore;
import id.suarawarga.score.stats.ScoreEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Scores a group of responses with the same engine as whole questionnaires. Groups are a slice of the program's
 * respondents, not a sample of a known population, so no finite-population correction is applied.
 */
@ApplicationScoped
public class GroupScorer {

    private final ScoreEngine engine;

    GroupScorer(SuaraConfig config) {
        this.engine = new ScoreEngine(
                new IndexScale(config.score().indexMin(), config.score().indexMax()));
    }

    public ScoreFigures figures(GroupedScoreQueries.Group group) {
        QuestionnaireScore score = engine.score(group.stats(), OptionalLong.empty());
        Optional<Ikm> ikm = score.ikm();
        Optional<BenefitScore> benefit = score.benefit();
        return new ScoreFigures(
                group.responses(),
                ikm.map(Ikm::konversi).orElse(null),
                ikm.map(i -> i.category().name()).orElse(null),
                ikm.map(i -> i.category().label()).orElse(null),
                ikm.map(Ikm::n).orElse(null),
                ikm.flatMap(Ikm::konversiInterval).map(ConfidenceInterval::low).orElse(null),
                ikm.flatMap(Ikm::konversiInterval).map(ConfidenceInterval::high).orElse(null),
                benefit.map(BenefitScore::value).orElse(null),
                benefit.map(BenefitScore::n).orElse(null));
    }
}
