package id.suarawarga.questionnaire;

import id.suarawarga.common.problem.Problem.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything that must hold before a questionnaire goes public, reported all at once with a pointer to each
 * offending part (pointers index questions by their order, as in GET /questionnaires/{id}).
 */
final class PublicationCheck {

    private PublicationCheck() {}

    static List<FieldError> problems(Questionnaire questionnaire, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        List<Question> questions = questionnaire.questions;
        if (questions.isEmpty()) {
            errors.add(FieldError.at("/questions", "a questionnaire needs at least one question"));
        }
        if (questionnaire.closesAt != null && !questionnaire.closesAt.isAfter(now)) {
            errors.add(FieldError.at("/closesAt", "is in the past; residents could never answer"));
        }
        boolean english = questionnaire.titleEn != null;
        if (english && questionnaire.consentEn == null) {
            errors.add(FieldError.at(
                    "/consent/en", "the questionnaire has an English title, so its notice needs English too"));
        }
        if (english && questionnaire.introId != null && questionnaire.introEn == null) {
            errors.add(FieldError.at(
                    "/intro/en", "the questionnaire has an English title, so its intro needs English too"));
        }
        Map<String, Integer> indexByCode = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            indexByCode.put(questions.get(i).code, i);
        }
        for (int i = 0; i < questions.size(); i++) {
            check(questions.get(i), i, questions, indexByCode, english, errors);
        }
        return errors;
    }

    private static void check(
            Question q,
            int index,
            List<Question> questions,
            Map<String, Integer> indexByCode,
            boolean english,
            List<FieldError> errors) {
        String at = "/questions/" + index;
        String name = "question " + q.code;
        int options = q.options.size();
        switch (q.type) {
            case LIKERT -> {
                if (options != q.scalePoints) {
                    errors.add(FieldError.at(
                            at + "/options",
                            name + ": a " + q.scalePoints + "-point scale needs a label for" + " every point, has "
                                    + options));
                }
            }
            case SINGLE_CHOICE, MULTI_CHOICE -> {
                if (options < 2) {
                    errors.add(FieldError.at(
                            at + "/options", name + ": a choice needs at least 2 options, has " + options));
                }
            }
            case YES_NO -> {
                Set<String> values = q.options.stream().map(o -> o.value).collect(Collectors.toSet());
                if (!values.equals(Set.copyOf(QuestionRules.YES_NO_VALUES))) {
                    errors.add(FieldError.at(at + "/options", name + ": YES_NO needs exactly the options YES and NO"));
                }
            }
            default -> {}
        }
        if (english) {
            if (q.textEn == null) {
                errors.add(FieldError.at(at + "/text/en", name + ": English text missing"));
            }
            for (int o = 0; o < options; o++) {
                if (q.options.get(o).labelEn == null) {
                    errors.add(FieldError.at(at + "/options/" + o + "/label/en", name + ": English label missing"));
                }
            }
        }
        if (q.showIfCode != null) {
            checkShowIf(q, index, questions, indexByCode, at, errors);
        }
    }

    private static void checkShowIf(
            Question q,
            int index,
            List<Question> questions,
            Map<String, Integer> indexByCode,
            String at,
            List<FieldError> errors) {
        Integer target = indexByCode.get(q.showIfCode);
        if (target == null || target >= index) {
            errors.add(FieldError.at(
                    at + "/showIf/question",
                    "question " + q.code + " depends on " + q.showIfCode
                            + ", which must come earlier in the questionnaire"));
            return;
        }
        Question condition = questions.get(target);
        if (!condition.type.hasOptions()) {
            errors.add(FieldError.at(
                    at + "/showIf/question",
                    "question " + q.code + " depends on " + q.showIfCode + ", a " + condition.type
                            + " question; show-if needs a question with options"));
            return;
        }
        Set<String> known = condition.options.stream().map(o -> o.value).collect(Collectors.toSet());
        for (int v = 0; v < q.showIfValues.length; v++) {
            if (!known.contains(q.showIfValues[v])) {
                errors.add(FieldError.at(
                        at + "/showIf/values/" + v,
                        "question " + q.showIfCode + " has no option '" + q.showIfValues[v] + "'"));
            }
        }
    }
}
