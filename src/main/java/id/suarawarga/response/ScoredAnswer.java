package id.suarawarga.response;

import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer the running score aggregates count: a scored question's point, with the two things the aggregates need to
 * know of its question (its tag, for SKM or impact, and its scale, for the basis of the respondent's mean).
 *
 * <p>The write path sends these with each batch so that PostgreSQL does not look every new response's questions up
 * again (issue #3). The database's {@code scored_answers()} (V3, V9) selects the same answers from the stored JSON for
 * the aggregate check and rebuild; both take the basis from {@code answer_basis()}. {@code ScoreAggregatesTest} holds
 * the running aggregates to what {@code scored_answers()} computes from the stored responses.
 */
public record ScoredAnswer(String questionCode, String tag, int point, Integer scalePoints) {

    /** The answers of scored questions, in question order, from a checked response's canonical answers. */
    public static List<ScoredAnswer> of(PublicQuestionnaire questionnaire, Map<String, Object> answers) {
        List<ScoredAnswer> scored = new ArrayList<>();
        for (QuestionView question : questionnaire.questions()) {
            if (!question.scored()
                    || !answers.containsKey(question.code())
                    || QuestionView.DONT_KNOW.equals(answers.get(question.code()))) {
                continue; // "tidak tahu" counts as answered but is no point: the question's score leaves it out
            }
            // scored questions are LIKERT, whose canonical answer is its point (AnswerCheck); anything else is a bug
            if (!(answers.get(question.code()) instanceof Integer point)) {
                throw new IllegalStateException("scored question " + question.code() + " has a non-integer answer");
            }
            scored.add(new ScoredAnswer(question.code(), question.tag().name(), point, question.scalePoints()));
        }
        return scored;
    }
}
