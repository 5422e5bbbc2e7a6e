package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionType;
import java.util.List;

/**
 * How the answers to one question with options spread over its options.
 *
 * @param answered respondents who answered the question; for a multiple choice the counts may add up to more
 */
public record DistributionView(String code, String text, QuestionType type, long answered, List<OptionCount> options) {

    /** One option and how many chose it. */
    public record OptionCount(String value, String label, Integer score, long count) {

        /** Share of those who answered the question, 0–1. */
        public double share(long answered) {
            return answered == 0 ? 0 : (double) count / answered;
        }
    }

    public double share(OptionCount option) {
        return option.share(answered);
    }
}
