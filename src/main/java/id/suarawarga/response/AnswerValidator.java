package id.suarawarga.response;

import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionView.OptionView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks raw answers (as strings, keyed by question code) against a published questionnaire: show-if decides which
 * questions count (answers to hidden questions are dropped), then each visible answer is checked for its type.
 * One set of rules for the web form and the JSON API.
 */
public final class AnswerValidator {

    private AnswerValidator() {}

    /**
     * @param strict refuse codes the questionnaire does not have (the API); the form ignores them
     */
    public static AnswerCheck check(PublicQuestionnaire questionnaire, Map<String, List<String>> raw, boolean strict) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<AnswerError> errors = new ArrayList<>();
        if (strict) {
            raw.keySet().stream()
                    .filter(code -> questionnaire.question(code).isEmpty())
                    .sorted()
                    .forEach(code -> errors.add(AnswerError.of(code, AnswerError.Kind.UNKNOWN_QUESTION)));
        }
        for (QuestionView question : questionnaire.questions()) {
            if (!visible(question, answers)) {
                continue;
            }
            List<String> values = raw.getOrDefault(question.code(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .toList();
            if (values.isEmpty()) {
                if (question.required()) {
                    errors.add(AnswerError.of(question.code(), AnswerError.Kind.REQUIRED));
                }
                continue;
            }
            Optional<AnswerError> error = accept(question, values, answers);
            if (error.isPresent()) {
                errors.add(error.get());
                continue;
            }
            Optional<OptionView> chosen =
                    question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.YES_NO
                            ? option(question, values.get(0))
                            : Optional.empty();
            if (chosen.isPresent() && chosen.get().terminates()) {
                return new AnswerCheck(answers, List.of(), question.code());
            }
        }
        return new AnswerCheck(answers, errors, null);
    }

    /** Adds the canonical answer, or says what is wrong with it. */
    private static Optional<AnswerError> accept(QuestionView q, List<String> values, Map<String, Object> answers) {
        if (q.type() != QuestionType.MULTI_CHOICE && values.size() > 1) {
            return error(q, AnswerError.Kind.ONE_ANSWER_ONLY, null);
        }
        String value = values.get(0);
        switch (q.type()) {
            case LIKERT -> {
                if (q.dontKnow() && QuestionView.DONT_KNOW.equals(value)) {
                    answers.put(q.code(), QuestionView.DONT_KNOW); // answered; no point, so left out of the score
                    return Optional.empty();
                }
                Optional<OptionView> option = option(q, value);
                if (option.isEmpty()) {
                    return error(q, AnswerError.Kind.NOT_AN_OPTION, null);
                }
                answers.put(q.code(), option.get().score());
            }
            case SINGLE_CHOICE, YES_NO -> {
                if (option(q, value).isEmpty()) {
                    return error(q, AnswerError.Kind.NOT_AN_OPTION, null);
                }
                answers.put(q.code(), value);
            }
            case MULTI_CHOICE -> {
                if (values.stream().anyMatch(v -> option(q, v).isEmpty())) {
                    return error(q, AnswerError.Kind.NOT_AN_OPTION, null);
                }
                answers.put(
                        q.code(),
                        q.options().stream()
                                .map(OptionView::value)
                                .filter(values::contains)
                                .toList());
            }
            case TEXT -> {
                String text = value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
                if (text.codePointCount(0, text.length()) > q.maxLength()) {
                    return error(q, AnswerError.Kind.TOO_LONG, String.valueOf(q.maxLength()));
                }
                // what identifies a resident is masked before it is stored (and hashed): no page or export has it
                answers.put(q.code(), PersonalDataMask.mask(text));
            }
            case NUMBER -> {
                BigDecimal number;
                try {
                    // residents write decimals with a comma (3,5)
                    number = new BigDecimal(value.replace(',', '.'));
                } catch (NumberFormatException e) {
                    return error(q, AnswerError.Kind.NOT_A_NUMBER, null);
                }
                if (q.minValue() != null && number.compareTo(q.minValue()) < 0) {
                    return error(
                            q,
                            AnswerError.Kind.TOO_SMALL,
                            q.minValue().stripTrailingZeros().toPlainString());
                }
                if (q.maxValue() != null && number.compareTo(q.maxValue()) > 0) {
                    return error(
                            q,
                            AnswerError.Kind.TOO_LARGE,
                            q.maxValue().stripTrailingZeros().toPlainString());
                }
                if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0 || number.scale() > 4) {
                    return error(q, AnswerError.Kind.NOT_A_NUMBER, null);
                }
                answers.put(q.code(), number.stripTrailingZeros());
            }
        }
        return Optional.empty();
    }

    /** A question with show-if counts only when the earlier answer is one of the listed values. */
    static boolean visible(QuestionView q, Map<String, Object> answers) {
        if (q.showIf() == null) {
            return true;
        }
        Object given = answers.get(q.showIf().question());
        if (given == null) {
            return false;
        }
        Collection<?> chosen = given instanceof Collection<?> list ? list : List.of(given);
        return chosen.stream().map(String::valueOf).anyMatch(q.showIf().values()::contains);
    }

    private static Optional<OptionView> option(QuestionView q, String value) {
        return q.options().stream().filter(o -> o.value().equals(value)).findFirst();
    }

    private static Optional<AnswerError> error(QuestionView q, AnswerError.Kind kind, String limit) {
        return Optional.of(new AnswerError(q.code(), kind, limit));
    }
}
