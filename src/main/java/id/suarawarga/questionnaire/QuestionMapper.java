package id.suarawarga.questionnaire;

import java.util.List;

/** Writes question definitions onto entities, and copies questions into a new version. */
final class QuestionMapper {

    private static final List<LocalizedText> YES_NO_LABELS =
            List.of(new LocalizedText("Ya", "Yes"), new LocalizedText("Tidak", "No"));

    private QuestionMapper() {}

    /** Replaces every field and option of {@code question} with the request's (already checked by {@link QuestionRules}). */
    static void apply(Question question, QuestionRequest request, String code) {
        question.code = code;
        question.type = request.type();
        question.textId = request.text().id().trim();
        question.textEn = trimToNull(request.text().en());
        question.helpId =
                request.help() == null ? null : trimToNull(request.help().id());
        question.helpEn =
                request.help() == null ? null : trimToNull(request.help().en());
        question.required = Boolean.TRUE.equals(request.required());
        question.dontKnow = Boolean.TRUE.equals(request.dontKnow());
        question.scalePoints =
                request.scalePoints() == null ? null : request.scalePoints().shortValue();
        question.maxLength = request.type() == QuestionType.TEXT
                ? (request.maxLength() != null ? request.maxLength() : QuestionRules.DEFAULT_TEXT_ANSWER_LENGTH)
                : null;
        question.minValue = request.minValue();
        question.maxValue = request.maxValue();
        question.tag = request.tag();
        question.scored = QuestionRules.scoredByDefault(request);
        question.showIfCode = request.showIf() == null ? null : request.showIf().question();
        question.showIfValues =
                request.showIf() == null ? null : request.showIf().values().toArray(String[]::new);
        question.options.clear();
        List<QuestionRequest.OptionRequest> options = request.options() == null ? List.of() : request.options();
        if (request.type() == QuestionType.YES_NO && options.isEmpty()) {
            options = List.of(
                    new QuestionRequest.OptionRequest("YES", YES_NO_LABELS.get(0), false),
                    new QuestionRequest.OptionRequest("NO", YES_NO_LABELS.get(1), false));
        }
        for (int i = 0; i < options.size(); i++) {
            QuestionRequest.OptionRequest source = options.get(i);
            QuestionOption option = new QuestionOption();
            option.question = question;
            option.position = i + 1;
            option.value = QuestionRules.optionValue(request.type(), source, i);
            option.labelId = source.label().id().trim();
            option.labelEn = trimToNull(source.label().en());
            option.score = request.type() == QuestionType.LIKERT ? (short) (i + 1) : null;
            option.terminates = Boolean.TRUE.equals(source.terminates());
            question.options.add(option);
        }
    }

    /** A copy of {@code source} for a new version; ids are left for the database. */
    static Question copy(Question source, Questionnaire into) {
        Question copy = new Question();
        copy.questionnaire = into;
        copy.position = source.position;
        copy.code = source.code;
        copy.type = source.type;
        copy.textId = source.textId;
        copy.textEn = source.textEn;
        copy.helpId = source.helpId;
        copy.helpEn = source.helpEn;
        copy.required = source.required;
        copy.dontKnow = source.dontKnow;
        copy.scalePoints = source.scalePoints;
        copy.maxLength = source.maxLength;
        copy.minValue = source.minValue;
        copy.maxValue = source.maxValue;
        copy.tag = source.tag;
        copy.scored = source.scored;
        copy.showIfCode = source.showIfCode;
        copy.showIfValues = source.showIfValues == null ? null : source.showIfValues.clone();
        for (QuestionOption o : source.options) {
            QuestionOption option = new QuestionOption();
            option.question = copy;
            option.position = o.position;
            option.value = o.value;
            option.labelId = o.labelId;
            option.labelEn = o.labelEn;
            option.score = o.score;
            option.terminates = o.terminates;
            copy.options.add(option);
        }
        return copy;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
