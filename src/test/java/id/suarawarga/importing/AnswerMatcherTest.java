package id.suarawarga.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.questionnaire.LocalizedText;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionView.OptionView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic suggestions of an import's mapping: answer texts to options, headers to questions. */
class AnswerMatcherTest {

    static QuestionView likert(String code, String text, String... labels) {
        List<OptionView> options = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            options.add(new OptionView(String.valueOf(i + 1), LocalizedText.of(labels[i], null), i + 1, false));
        }
        return question(code, QuestionType.LIKERT, text, options);
    }

    static QuestionView question(String code, QuestionType type, String text, List<OptionView> options) {
        return new QuestionView(
                1L,
                1,
                code,
                type,
                LocalizedText.of(text, null),
                LocalizedText.of(null, null),
                true,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                options,
                true); // LIKERT questions here offer "tidak tahu" (NA)
    }

    static final QuestionView U1 =
            likert("U1", "kesesuaian persyaratan", "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai");
    static final QuestionView FIVE =
            likert("P1", "manfaat", "Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju");
    static final QuestionView YES_NO = question(
            "Y",
            QuestionType.YES_NO,
            "pernah",
            List.of(
                    new OptionView("YES", LocalizedText.of("Ya", "Yes"), null, false),
                    new OptionView("NO", LocalizedText.of("Tidak", "No"), null, false)));
    static final QuestionView CHOICE = question(
            "JK",
            QuestionType.SINGLE_CHOICE,
            "jenis kelamin",
            List.of(
                    new OptionView("L", LocalizedText.of("Laki-laki", "Male"), null, false),
                    new OptionView("P", LocalizedText.of("Perempuan", "Female"), null, false)));

    @ParameterizedTest(name = "U1 (4 points): \"{0}\" → {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "Sangat sesuai, 4", // its label, any case
                "SANGAT  SESUAI , 4",
                "4, 4", // its point
                "4.0, 4", // a point as some tools write it
                "'4 - Sangat sesuai', 4",
                "'3. Sesuai', 3",
                "Sangat Puas, 4", // the SKM scale's words on another question
                "Puas, 3",
                "Kurang Puas, 2",
                "Tidak Puas, 1",
                "Sangat tidak puas, 1",
                "Very satisfied, 4",
                "Dissatisfied, 1",
                "Cukup, 2",
                "Lumayan, none", // nothing tells: the person chooses
                "Tidak tahu, NA", // where the question offers "tidak tahu"
                "7, none",
                "'', none"
            })
    void fourPointScale(String text, String expected) {
        assertThat(AnswerMatcher.option(U1, text)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "5 points: \"{0}\" → {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "Sangat setuju, 5",
                "Setuju, 4",
                "Netral, 3",
                "Biasa saja, 3",
                "Tidak setuju, 2",
                "Sangat tidak setuju, 1",
                "Kurang setuju, 2",
                "Sangat Puas, 5",
                "Tidak Puas, 2"
            })
    void fivePointScale(String text, String expected) {
        assertThat(AnswerMatcher.option(FIVE, text)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            nullValues = "none",
            value = {"Ya, YES", "yes, YES", "Iya, YES", "Tidak, NO", "No, NO", "Mungkin, none"})
    void yesNo(String text, String expected) {
        assertThat(AnswerMatcher.option(YES_NO, text)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            nullValues = "none",
            value = {"Laki-laki, L", "laki laki, L", "Female, P", "P, P", "2, P", "Pria, none"})
    void choiceByLabelValueOrPosition(String text, String expected) {
        assertThat(AnswerMatcher.option(CHOICE, text)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "header \"{0}\" → {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "U1, U1",
                "'U1. Bagaimana pendapat Saudara?', U1",
                "Kesesuaian persyaratan, U1",
                "Jenis Kelamin, JK",
                "Timestamp, none",
                "Alamat email, none",
                "'', none"
            })
    void headers(String header, String expected) {
        assertThat(AnswerMatcher.question(header, List.of(U1, CHOICE), Set.of()).map(QuestionView::code))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {"Antrean, Parkir|2", "Antrean; Parkir ;|2", "Antrean|1"})
    void piecesOfAMultipleChoiceCell(String cell, int pieces) {
        assertThat(AnswerMatcher.pieces(cell)).hasSize(pieces);
    }
}
