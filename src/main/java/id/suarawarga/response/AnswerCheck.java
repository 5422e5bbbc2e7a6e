package id.suarawarga.response;

import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a respondent's answers against a questionnaire.
 *
 * @param answers      canonical answers of the visible questions, keyed by question code, in question order:
 *                     LIKERT → score (Integer), choice/YES_NO → option value, MULTI_CHOICE → list of values,
 *                     TEXT → text, NUMBER → BigDecimal
 * @param errors       every rule broken, in question order
 * @param terminatedBy code of the question whose chosen option ends the questionnaire (e.g. under 18), or null
 */
public record AnswerCheck(Map<String, Object> answers, List<AnswerError> errors, String terminatedBy) {

    public boolean terminated() {
        return terminatedBy != null;
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
