package id.suarawarga.questionnaire;

import id.suarawarga.common.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Structural rules of one question definition, checked whenever a question is written (API or template):
 * the fields that belong to its type and nothing else. Completeness (every Likert point labelled…) is checked on
 * publish by {@link PublicationCheck}, so a draft can be built up step by step.
 */
final class QuestionRules {

    static final int TEXT_MAX = 1000;
    static final int LABEL_MAX = 300;
    static final int DEFAULT_TEXT_ANSWER_LENGTH = 1000;
    static final List<String> YES_NO_VALUES = List.of("YES", "NO");

    private QuestionRules() {}

    /** Every rule the question breaks, each pointing below {@code at} (e.g. {@code /questions/2}). */
    static List<FieldError> check(QuestionRequest q, String at) {
        List<FieldError> errors = new ArrayList<>();
        QuestionType type = q.type();
        length(errors, q.text(), TEXT_MAX, at + "/text");
        length(errors, q.help(), TEXT_MAX, at + "/help");
        if ((type == QuestionType.LIKERT) != (q.scalePoints() != null)) {
            errors.add(FieldError.at(
                    at + "/scalePoints",
                    type == QuestionType.LIKERT
                            ? "a LIKERT question needs scalePoints (4 or 5)"
                            : "only LIKERT questions have scalePoints"));
        }
        if (q.maxLength() != null && type != QuestionType.TEXT) {
            errors.add(FieldError.at(at + "/maxLength", "only TEXT questions have maxLength"));
        }
        if ((q.minValue() != null || q.maxValue() != null) && type != QuestionType.NUMBER) {
            errors.add(FieldError.at(
                    at + (q.minValue() != null ? "/minValue" : "/maxValue"), "only NUMBER questions have bounds"));
        }
        if (q.minValue() != null && q.maxValue() != null && q.minValue().compareTo(q.maxValue()) > 0) {
            errors.add(FieldError.at(at + "/maxValue", "must not be smaller than minValue"));
        }
        if (Boolean.TRUE.equals(q.scored())
                && !(type == QuestionType.LIKERT && q.tag() != null && q.tag().isScorable())) {
            errors.add(
                    FieldError.at(
                            at + "/scored",
                            "only LIKERT questions tagged with an SKM element (U1–U9) or an impact"
                                    + " aspect (BENEFIT, ACCESS, RECOMMENDATION, SUSTAINABILITY, PARTICIPATION) can be scored"));
        }
        if (Boolean.TRUE.equals(q.dontKnow()) && type != QuestionType.LIKERT) {
            errors.add(FieldError.at(at + "/dontKnow", "only LIKERT questions offer \"tidak tahu\""));
        }
        if (q.code() != null && q.showIf() != null && q.code().equals(q.showIf().question())) {
            errors.add(FieldError.at(at + "/showIf/question", "a question cannot depend on itself"));
        }
        checkOptions(q, at, errors);
        return errors;
    }

    private static void checkOptions(QuestionRequest q, String at, List<FieldError> errors) {
        List<QuestionRequest.OptionRequest> options = q.options() == null ? List.of() : q.options();
        QuestionType type = q.type();
        if (!type.hasOptions()) {
            if (!options.isEmpty()) {
                errors.add(FieldError.at(at + "/options", type + " questions have no options"));
            }
            return;
        }
        if (type == QuestionType.LIKERT && q.scalePoints() != null && options.size() > q.scalePoints()) {
            errors.add(FieldError.at(
                    at + "/options",
                    "a " + q.scalePoints() + "-point scale has at most " + q.scalePoints() + " labelled points, got "
                            + options.size()));
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            QuestionRequest.OptionRequest option = options.get(i);
            String optionAt = at + "/options/" + i;
            String value = optionValue(type, option, i);
            length(errors, option.label(), LABEL_MAX, optionAt + "/label");
            if (type == QuestionType.LIKERT
                    && option.value() != null
                    && !option.value().equals(String.valueOf(i + 1))) {
                errors.add(FieldError.at(
                        optionAt + "/value",
                        "LIKERT points are listed from 1 to n; this one must be " + (i + 1) + " (or omitted)"));
            }
            if (type == QuestionType.YES_NO && !YES_NO_VALUES.contains(value)) {
                errors.add(FieldError.at(optionAt + "/value", "YES_NO options are YES and NO"));
            }
            if (!values.add(value)) {
                errors.add(FieldError.at(optionAt + "/value", "duplicate option value '" + value + "'"));
            }
            if (Boolean.TRUE.equals(option.terminates())
                    && type != QuestionType.SINGLE_CHOICE
                    && type != QuestionType.YES_NO) {
                errors.add(FieldError.at(
                        optionAt + "/terminates", "only SINGLE_CHOICE and YES_NO options can end the questionnaire"));
            }
        }
    }

    /** The stored value of the option at {@code index}: given, else YES/NO by order for YES_NO, else its 1-based position. */
    static String optionValue(QuestionType type, QuestionRequest.OptionRequest option, int index) {
        if (option.value() != null) {
            return option.value();
        }
        if (type == QuestionType.YES_NO && index < YES_NO_VALUES.size()) {
            return YES_NO_VALUES.get(index);
        }
        return String.valueOf(index + 1);
    }

    static boolean scoredByDefault(QuestionRequest q) {
        return q.scored() != null
                ? q.scored()
                : q.type() == QuestionType.LIKERT && q.tag() != null && q.tag().isScorable();
    }

    private static void length(List<FieldError> errors, LocalizedText text, int max, String at) {
        if (text == null) {
            return;
        }
        if (text.id() != null && text.id().length() > max) {
            errors.add(FieldError.at(at + "/id", "must be at most " + max + " characters"));
        }
        if (text.en() != null && text.en().length() > max) {
            errors.add(FieldError.at(at + "/en", "must be at most " + max + " characters"));
        }
    }
}
