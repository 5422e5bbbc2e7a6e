package id.suarawarga.questionnaire;

import id.suarawarga.common.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds checked questions to a draft: structural rules per question, plus the rules that need the whole
 * questionnaire (unique codes, one question per SKM element or profile attribute, show-if on an existing question).
 */
final class QuestionWriter {

    private QuestionWriter() {}

    /** Appends the questions in order; returns every problem found (and then the draft must not be saved). */
    static List<FieldError> append(Questionnaire questionnaire, List<QuestionRequest> requests, String pointerBase) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            QuestionRequest request = requests.get(i);
            String at = pointerBase + "/" + i;
            errors.addAll(check(questionnaire, request, null, at));
            // added even when invalid, so later questions are checked against it (duplicate codes, show-if);
            // the caller saves nothing when any error was found
            Question question = new Question();
            question.questionnaire = questionnaire;
            question.position = questionnaire.questions.size() + 1;
            QuestionMapper.apply(question, request, codeFor(questionnaire, request));
            questionnaire.questions.add(question);
        }
        return errors;
    }

    /**
     * Problems of writing {@code request} into the questionnaire, in place of {@code replacing} (null when adding).
     */
    static List<FieldError> check(Questionnaire questionnaire, QuestionRequest request, Question replacing, String at) {
        List<FieldError> errors = new ArrayList<>(QuestionRules.check(request, at));
        Set<String> otherCodes = new HashSet<>();
        String sameTag = null;
        for (Question q : questionnaire.questions) {
            if (q != replacing) {
                otherCodes.add(q.code);
                if (sameTag == null
                        && request.tag() != null
                        && request.tag().isUniquePerQuestionnaire()
                        && request.tag() == q.tag) {
                    sameTag = q.code;
                }
            }
        }
        if (sameTag != null) {
            errors.add(FieldError.at(
                    at + "/tag",
                    "question " + sameTag + " already measures " + request.tag()
                            + "; a questionnaire has one question per SKM element and profile attribute"));
        }
        if (request.code() != null && otherCodes.contains(request.code())) {
            errors.add(FieldError.at(at + "/code", "another question already uses the code '" + request.code() + "'"));
        }
        if (request.showIf() != null && !otherCodes.contains(request.showIf().question())) {
            errors.add(FieldError.at(
                    at + "/showIf/question",
                    "no earlier question has the code '" + request.showIf().question() + "'"));
        }
        return errors;
    }

    /** The request's code, else its tag when free (U3, PROFILE_AGE…), else the first free Q1, Q2… */
    static String codeFor(Questionnaire questionnaire, QuestionRequest request) {
        if (request.code() != null) {
            return request.code();
        }
        Set<String> used = new HashSet<>();
        questionnaire.questions.forEach(q -> used.add(q.code));
        if (request.tag() != null && !used.contains(request.tag().name())) {
            return request.tag().name();
        }
        int n = 1;
        while (used.contains("Q" + n)) {
            n++;
        }
        return "Q" + n;
    }
}
