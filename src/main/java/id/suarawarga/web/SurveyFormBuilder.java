package id.suarawarga.web;

import id.suarawarga.questionnaire.LocalizedText;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.response.AnswerError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a questionnaire, the answers given so far and their errors into the page model, in one language. */
public final class SurveyFormBuilder {

    /** TEXT answers up to this length get a one-line input; longer ones a text area. */
    private static final int SINGLE_LINE_MAX = 200;

    private SurveyFormBuilder() {}

    static SurveyForm build(
            PublicQuestionnaire q,
            String lang,
            SurveyMessages msg,
            String token,
            Map<String, List<String>> values,
            List<AnswerError> errors,
            String message) {
        Map<String, AnswerError> errorByCode =
                errors.stream().collect(Collectors.toMap(AnswerError::question, e -> e, (a, b) -> a));
        List<SurveyForm.Question> questions = new ArrayList<>();
        for (int i = 0; i < q.questions().size(); i++) {
            QuestionView question = q.questions().get(i);
            AnswerError error = errorByCode.get(question.code());
            questions.add(question(
                    i + 1,
                    question,
                    lang,
                    msg,
                    values.getOrDefault(question.code(), List.of()),
                    error == null ? null : errorText(error, msg),
                    condition(q, question, lang, msg)));
        }
        List<SurveyForm.Question> invalid =
                questions.stream().filter(x -> x.error() != null).toList();
        return new SurveyForm(
                lang,
                msg.otherLang(),
                msg.otherLanguage(),
                q.slug(),
                q.agency(),
                text(q.title(), lang),
                text(q.intro(), lang),
                text(q.consent(), lang),
                token,
                questions,
                invalid,
                message,
                null,
                null,
                false,
                null);
    }

    /** Says in words when a show-if question applies, for readers without JavaScript (where it is always shown). */
    private static String condition(
            PublicQuestionnaire questionnaire, QuestionView q, String lang, SurveyMessages msg) {
        if (q.showIf() == null) {
            return null;
        }
        int number = questionnaire
                        .questions()
                        .indexOf(questionnaire.question(q.showIf().question()).orElseThrow())
                + 1;
        String answers = questionnaire.question(q.showIf().question()).orElseThrow().options().stream()
                .filter(o -> q.showIf().values().contains(o.value()))
                .map(o -> "“" + text(o.label(), lang) + "”")
                .collect(Collectors.joining(", "));
        return msg.showIfNote(number, answers);
    }

    private static SurveyForm.Question question(
            int number,
            QuestionView q,
            String lang,
            SurveyMessages msg,
            List<String> given,
            String error,
            String condition) {
        List<SurveyForm.Option> options = new ArrayList<>();
        for (int o = 0; o < q.options().size(); o++) {
            QuestionView.OptionView option = q.options().get(o);
            options.add(new SurveyForm.Option(
                    o,
                    option.value(),
                    text(option.label(), lang),
                    given.contains(option.value()),
                    option.terminates()));
        }
        if (q.dontKnow()) {
            options.add(new SurveyForm.Option(
                    options.size(),
                    QuestionView.DONT_KNOW,
                    msg.dontKnow(),
                    given.contains(QuestionView.DONT_KNOW),
                    false));
        }
        String inputType = switch (q.type()) {
            case MULTI_CHOICE -> "checkbox";
            case LIKERT, SINGLE_CHOICE, YES_NO -> "radio";
            case TEXT -> q.maxLength() != null && q.maxLength() <= SINGLE_LINE_MAX ? "text" : "textarea";
            case NUMBER -> "number";
        };
        return new SurveyForm.Question(
                number,
                q.code(),
                text(q.text(), lang),
                text(q.help(), lang),
                q.required(),
                inputType,
                options,
                q.type().hasOptions() || given.isEmpty() ? null : given.get(0),
                q.type() == QuestionType.TEXT ? q.maxLength() : null,
                plain(q.minValue()),
                plain(q.maxValue()),
                q.showIf() == null ? null : q.showIf().question(),
                q.showIf() == null ? null : String.join(" ", q.showIf().values()),
                condition,
                options.stream().anyMatch(SurveyForm.Option::terminates),
                error);
    }

    static String text(LocalizedText text, String lang) {
        if (text == null) {
            return null;
        }
        return "en".equals(lang) && text.en() != null ? text.en() : text.id();
    }

    public static String errorText(AnswerError error, SurveyMessages msg) {
        return switch (error.kind()) {
            case REQUIRED -> msg.error_REQUIRED();
            case NOT_AN_OPTION -> msg.error_NOT_AN_OPTION();
            case ONE_ANSWER_ONLY -> msg.error_ONE_ANSWER_ONLY();
            case TOO_LONG -> msg.error_TOO_LONG(error.limit());
            case NOT_A_NUMBER -> msg.error_NOT_A_NUMBER();
            case TOO_SMALL -> msg.error_TOO_SMALL(error.limit());
            case TOO_LARGE -> msg.error_TOO_LARGE(error.limit());
            case UNKNOWN_QUESTION -> msg.error_UNKNOWN_QUESTION();
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
