package id.suarawarga.score;

import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.score.stats.QuestionnaireStats;
import id.suarawarga.score.stats.RespondentMeanStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines several questionnaires (programs of a sub-dimension, dimension or region) by pooling their respondents:
 * answers to the same SKM element or impact aspect are added together, as are respondents' means. A program thus
 * weighs by its number of respondents ("respondent-weighted"), and the pooled IKM comes from pooled element NRRs.
 */
final class ScorePooling {

    private ScorePooling() {}

    static ScoreAggregateQueries.Sums pool(List<ScoreAggregateQueries.Sums> parts) {
        Map<String, QuestionnaireStats.Question> byTag = new LinkedHashMap<>();
        RespondentMeanStats skm = RespondentMeanStats.empty();
        RespondentMeanStats impact = RespondentMeanStats.empty();
        long responses = 0;
        for (ScoreAggregateQueries.Sums part : parts) {
            responses += part.responses();
            skm = skm.plus(part.stats().skmRespondents());
            impact = impact.plus(part.stats().impactRespondents());
            for (QuestionnaireStats.Question q : part.stats().questions()) {
                if (q.tag() == null) {
                    continue;
                }
                // answers on another scale cannot be added point by point; they pool under their own key, and
                // a second scale of an SKM element (always 1–4 by regulation) stays out of the IKM
                String key = q.tag().name() + "@" + q.stats().scale().points();
                byTag.merge(
                        key,
                        new QuestionnaireStats.Question(key, tagFor(byTag, q), q.stats()),
                        (a, b) -> new QuestionnaireStats.Question(
                                key, a.tag(), a.stats().plus(b.stats())));
            }
        }
        return new ScoreAggregateQueries.Sums(
                responses, new QuestionnaireStats(new ArrayList<>(byTag.values()), skm, impact));
    }

    private static QuestionTag tagFor(Map<String, QuestionnaireStats.Question> pooled, QuestionnaireStats.Question q) {
        boolean elementTakenOnOtherScale = q.tag().isSkmElement()
                && pooled.values().stream()
                        .anyMatch(p -> p.tag() == q.tag()
                                && p.stats().scale() != q.stats().scale());
        return elementTakenOnOtherScale ? null : q.tag();
    }
}
