package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answer counts per option of every question with options, counted in one pass over the questionnaire's responses.
 * Profile questions (age, sex, education, …) are left out: their counts are shown only by
 * {@link ProfileBreakdownService}, which hides small groups, so no page shows them unhidden next to the hidden ones.
 */
@ApplicationScoped
public class DistributionService {

    private final InsightQueries queries;

    DistributionService(InsightQueries queries) {
        this.queries = queries;
    }

    public List<DistributionView> distributions(QuestionnaireView questionnaire, boolean includeFlagged) {
        List<QuestionView> withOptions = questionnaire.questions().stream()
                .filter(q ->
                        q.type().hasOptions() && (q.tag() == null || !q.tag().isProfile()))
                .toList();
        if (withOptions.isEmpty()) {
            return List.of();
        }
        InsightQueries.AnswerCounts counted = queries.answerCounts(
                questionnaire.id(),
                includeFlagged,
                withOptions.stream().map(QuestionView::code).toList());
        Map<String, Long> answered = counted.answered();
        Map<String, Map<String, Long>> counts = counted.byValue();
        List<DistributionView> distributions = new ArrayList<>();
        for (QuestionView q : withOptions) {
            Map<String, Long> byValue = counts.getOrDefault(q.code(), Map.of());
            List<DistributionView.OptionCount> options = q.options().stream()
                    .map(o -> {
                        // a Likert answer is stored as the option's score, every other choice as the option's value
                        String stored = q.type() == QuestionType.LIKERT ? String.valueOf(o.score()) : o.value();
                        return new DistributionView.OptionCount(
                                o.value(), o.label().id(), o.score(), byValue.getOrDefault(stored, 0L));
                    })
                    .toList();
            distributions.add(new DistributionView(
                    q.code(), q.text().id(), q.type(), answered.getOrDefault(q.code(), 0L), options));
        }
        return distributions;
    }
}
