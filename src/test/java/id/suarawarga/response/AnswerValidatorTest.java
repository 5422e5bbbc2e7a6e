package id.suarawarga.response;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.questionnaire.LocalizedText;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionRequest;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionView.OptionView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerValidatorTest {

    static QuestionView question(
            String code,
            QuestionType type,
            boolean required,
            List<OptionView> options,
            QuestionRequest.ShowIf showIf,
            Integer maxLength,
            BigDecimal min,
            BigDecimal max) {
        return new QuestionView(
                1L,
                1,
                code,
                type,
                new LocalizedText(code, null),
                null,
                required,
                type == QuestionType.LIKERT ? options.size() : null,
                maxLength,
                min,
                max,
                type == QuestionType.LIKERT ? QuestionTag.BENEFIT : null,
                type == QuestionType.LIKERT,
                showIf,
                options);
    }

    static OptionView option(String value, Integer score, boolean terminates) {
        return new OptionView(value, new LocalizedText(value, null), score, terminates);
    }

    static final PublicQuestionnaire QUESTIONNAIRE = new PublicQuestionnaire(
            1,
            1,
            "uji",
            "Uji",
            "Dinas",
            new LocalizedText("t", null),
            null,
            new LocalizedText("c", null),
            null,
            null,
            List.of(
                    question(
                            "USIA",
                            QuestionType.SINGLE_CHOICE,
                            true,
                            List.of(option("U17", null, true), option("DEWASA", null, false)),
                            null,
                            null,
                            null,
                            null),
                    question(
                            "PAKAI",
                            QuestionType.YES_NO,
                            true,
                            List.of(option("YES", null, false), option("NO", null, false)),
                            null,
                            null,
                            null,
                            null),
                    question(
                            "MANFAAT",
                            QuestionType.LIKERT,
                            true,
                            List.of(
                                    option("1", 1, false),
                                    option("2", 2, false),
                                    option("3", 3, false),
                                    option("4", 4, false)),
                            new QuestionRequest.ShowIf("PAKAI", List.of("YES")),
                            null,
                            null,
                            null),
                    question(
                            "KALI",
                            QuestionType.NUMBER,
                            false,
                            List.of(),
                            null,
                            null,
                            BigDecimal.ZERO,
                            BigDecimal.valueOf(100)),
                    question(
                            "SALURAN",
                            QuestionType.MULTI_CHOICE,
                            false,
                            List.of(
                                    option("WA", null, false),
                                    option("WEB", null, false),
                                    option("LOKET", null, false)),
                            null,
                            null,
                            null,
                            null),
                    question("CERITA", QuestionType.TEXT, false, List.of(), null, 10, null, null)));

    @Test
    void dropsAnswersToQuestionsWhoseConditionDoesNotHold() {
        AnswerCheck check = AnswerValidator.check(
                QUESTIONNAIRE,
                Map.of("USIA", List.of("DEWASA"), "PAKAI", List.of("NO"), "MANFAAT", List.of("4")),
                false);

        assertThat(check.errors()).isEmpty();
        assertThat(check.answers()).containsOnlyKeys("USIA", "PAKAI");
    }

    @Test
    void requiresAConditionalQuestionOnlyWhenItApplies() {
        AnswerCheck check =
                AnswerValidator.check(QUESTIONNAIRE, Map.of("USIA", List.of("DEWASA"), "PAKAI", List.of("YES")), false);

        assertThat(check.errors()).containsExactly(AnswerError.of("MANFAAT", AnswerError.Kind.REQUIRED));
    }

    @Test
    void endsAtATerminatingOptionWhateverElseIsWrong() {
        AnswerCheck check =
                AnswerValidator.check(QUESTIONNAIRE, Map.of("USIA", List.of("U17"), "KALI", List.of("x")), false);

        assertThat(check.terminatedBy()).isEqualTo("USIA");
        assertThat(check.errors()).isEmpty();
    }

    @Test
    void keepsMultiChoiceInOptionOrderAndLikertAsItsScore() {
        AnswerCheck check = AnswerValidator.check(
                QUESTIONNAIRE,
                Map.of(
                        "USIA",
                        List.of("DEWASA"),
                        "PAKAI",
                        List.of("YES"),
                        "MANFAAT",
                        List.of(" 3 "),
                        "SALURAN",
                        List.of("LOKET", "WA")),
                false);

        assertThat(check.answers()).containsEntry("MANFAAT", 3).containsEntry("SALURAN", List.of("WA", "LOKET"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12    | 12    |",
                "3,5   | 3.5   |",
                "0     | 0     |",
                "-1    |       | TOO_SMALL",
                "100.5 |       | TOO_LARGE",
                "dua   |       | NOT_A_NUMBER",
                "1e3   |       | TOO_LARGE",
            })
    void readsNumbersTheWayResidentsWriteThem(String given, String stored, AnswerError.Kind error) {
        AnswerCheck check = AnswerValidator.check(
                QUESTIONNAIRE,
                Map.of("USIA", List.of("DEWASA"), "PAKAI", List.of("NO"), "KALI", List.of(given)),
                false);

        if (error == null) {
            assertThat(check.errors()).isEmpty();
            assertThat((BigDecimal) check.answers().get("KALI")).isEqualByComparingTo(stored);
        } else {
            assertThat(check.errors()).extracting(AnswerError::kind).containsExactly(error);
        }
    }

    @Test
    void countsTextLengthInCharactersAndStripsControlCharacters() {
        AnswerCheck ok = AnswerValidator.check(
                QUESTIONNAIRE,
                Map.of("USIA", List.of("DEWASA"), "PAKAI", List.of("NO"), "CERITA", List.of("Bagus\u0007 😀😀")),
                false);
        AnswerCheck tooLong = AnswerValidator.check(
                QUESTIONNAIRE,
                Map.of("USIA", List.of("DEWASA"), "PAKAI", List.of("NO"), "CERITA", List.of("sebelas hur")),
                false);

        assertThat(ok.answers()).containsEntry("CERITA", "Bagus 😀😀");
        assertThat(tooLong.errors()).containsExactly(new AnswerError("CERITA", AnswerError.Kind.TOO_LONG, "10"));
    }

    @Test
    void strictModeRefusesUnknownCodes() {
        AnswerCheck check = AnswerValidator.check(
                QUESTIONNAIRE, Map.of("USIA", List.of("DEWASA"), "PAKAI", List.of("NO"), "ZZZ", List.of("1")), true);

        assertThat(check.errors()).containsExactly(AnswerError.of("ZZZ", AnswerError.Kind.UNKNOWN_QUESTION));
    }
}
