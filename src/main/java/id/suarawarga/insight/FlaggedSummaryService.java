package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.response.FlagReason;
import id.suarawarga.review.ReviewService;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Flagged responses per reason, and the score without and with them (both from {@link ScoreService}). */
@ApplicationScoped
public class FlaggedSummaryService {

    private final InsightQueries queries;
    private final ScoreService scores;
    private final ReviewService reviews;

    FlaggedSummaryService(InsightQueries queries, ScoreService scores, ReviewService reviews) {
        this.queries = queries;
        this.scores = scores;
        this.reviews = reviews;
    }

    public FlaggedSummaryView summary(QuestionnaireView questionnaire) {
        InsightQueries.FlaggedCounts counted = queries.flaggedCounts(questionnaire.id());
        long flagged = counted.flagged();
        List<FlaggedSummaryView.ReasonCount> reasons = new ArrayList<>();
        for (FlagReason reason : FlagReason.values()) {
            reasons.add(new FlaggedSummaryView.ReasonCount(
                    reason.name(), counted.byReason().getOrDefault(reason.name(), 0L)));
        }
        return new FlaggedSummaryView(
                flagged,
                reasons,
                figures(scores.questionnaire(questionnaire.id(), false)),
                figures(scores.questionnaire(questionnaire.id(), true)),
                reviews.waiting(questionnaire.id()));
    }

    /** The headline of a {@link ScoreView}, in the shape the dashboard uses for every group. */
    static ScoreFigures figures(ScoreView score) {
        ScoreView.Ikm ikm = score.ikm();
        ScoreView.Benefit benefit = score.benefit();
        return new ScoreFigures(
                score.responses(),
                ikm == null ? null : ikm.konversi(),
                ikm == null ? null : ikm.category(),
                ikm == null ? null : ikm.categoryLabel(),
                ikm == null ? null : ikm.n(),
                ikm == null ? null : ikm.konversiLow(),
                ikm == null ? null : ikm.konversiHigh(),
                benefit == null ? null : benefit.value(),
                benefit == null ? null : benefit.n());
    }
}
