package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.score.stats.QuestionScore.PointCount;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** One question's score from its sufficient statistics: mean, spread, distribution, top-2-box. */
class QuestionScoreTest {

    private static final OptionalLong UNKNOWN = OptionalLong.empty();

    @Test
    void scoresAFourPointQuestion() {
        int[] answers = {4, 3, 3, 2, 4, 1, 3, 4, 3, 3};
        QuestionScore score = QuestionScore.of(
                "U1", QuestionTag.U1, QuestionStats.ofAnswers(LikertScale.FOUR_POINT, answers), UNKNOWN);

        double mean = Arrays.stream(answers).average().orElseThrow(); // 3.0
        double squares =
                Arrays.stream(answers).mapToDouble(a -> (a - mean) * (a - mean)).sum(); // 8
        assertThat(score.n()).isEqualTo(10);
        assertThat(score.mean().mean()).hasValue(3.0);
        assertThat(score.nrr()).hasValue(3.0);
        assertThat(score.mean().standardDeviation().orElseThrow()).isCloseTo(Math.sqrt(squares / 9), within(1e-12));
        assertThat(score.distribution())
                .containsExactly(
                        new PointCount(1, 1, OptionalDouble.of(0.1)),
                        new PointCount(2, 1, OptionalDouble.of(0.1)),
                        new PointCount(3, 5, OptionalDouble.of(0.5)),
                        new PointCount(4, 3, OptionalDouble.of(0.3)));
        // Top-2-box on 1–4 counts the 3s and 4s: 8 of 10.
        assertThat(score.topTwoBox().successes()).isEqualTo(8);
        assertThat(score.topTwoBox().share()).hasValue(0.8);
        assertThat(score.topTwoBox().interval()).isEqualTo(ConfidenceIntervals.wilson(8, 10, UNKNOWN));
        assertThat(score.provisional()).isTrue();
    }

    @Test
    void scoresAFivePointQuestionOnTheFourPointBasisToo() {
        int[] answers = {5, 4, 4, 3, 5, 2, 4, 1, 5, 4, 3, 4};
        QuestionScore score = QuestionScore.of(
                "Q7", QuestionTag.BENEFIT, QuestionStats.ofAnswers(LikertScale.FIVE_POINT, answers), UNKNOWN);

        double[] mapped =
                Arrays.stream(answers).mapToDouble(a -> 1 + (a - 1) * 0.75).toArray();
        double mappedMean = Arrays.stream(mapped).average().orElseThrow();
        double mappedSquares = Arrays.stream(mapped)
                .map(y -> (y - mappedMean) * (y - mappedMean))
                .sum();
        assertThat(score.mean().mean().orElseThrow()).isCloseTo(44.0 / 12, within(1e-12));
        assertThat(score.nrr().orElseThrow()).isCloseTo(mappedMean, within(1e-12));
        assertThat(score.fourPointBasis().standardDeviation().orElseThrow())
                .isCloseTo(Math.sqrt(mappedSquares / 11), within(1e-12))
                .isCloseTo(0.75 * score.mean().standardDeviation().orElseThrow(), within(1e-12));
        // Top-2-box on 1–5 counts the 4s and 5s: 8 of 12 (a 3 of 5 is the middle, not "satisfied").
        assertThat(score.topTwoBox().successes()).isEqualTo(8);
        assertThat(score.distribution()).extracting(PointCount::count).containsExactly(1L, 1L, 2L, 5L, 3L);
        ConfidenceInterval native5 = score.mean().interval().orElseThrow();
        ConfidenceInterval basis = score.fourPointBasis().interval().orElseThrow();
        assertThat(basis.low()).isCloseTo(LikertScale.FIVE_POINT.toFourPointBasis(native5.low()), within(1e-12));
        assertThat(basis.high()).isCloseTo(LikertScale.FIVE_POINT.toFourPointBasis(native5.high()), within(1e-12));
    }

    @Test
    void unansweredQuestionHasNoNumbersButNoNaN() {
        QuestionScore score =
                QuestionScore.of("U3", QuestionTag.U3, QuestionStats.empty(LikertScale.FOUR_POINT), UNKNOWN);
        assertThat(score.n()).isZero();
        assertThat(score.nrr()).isEmpty();
        assertThat(score.mean().interval()).isEmpty();
        assertThat(score.topTwoBox().share()).isEmpty();
        assertThat(score.distribution()).allSatisfy(point -> {
            assertThat(point.count()).isZero();
            assertThat(point.share()).isEmpty();
        });
    }

    @Test
    void singleAnswerHasAMeanButNoSpreadOrMeanInterval() {
        QuestionScore score =
                QuestionScore.of("U3", QuestionTag.U3, QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 2), UNKNOWN);
        assertThat(score.nrr()).hasValue(2.0);
        assertThat(score.mean().standardDeviation()).isEmpty();
        assertThat(score.mean().interval()).isEmpty();
        assertThat(score.topTwoBox().share()).hasValue(0.0);
    }

    @Test
    void statisticsCombineAndCheckStoredSums() {
        QuestionStats a = QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 1, 4, 4);
        QuestionStats b = QuestionStats.ofHistogram(LikertScale.FOUR_POINT, 0, 2, 1, 0);
        QuestionStats both = a.plus(b);
        assertThat(both).isEqualTo(QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 1, 4, 4, 2, 2, 3));
        assertThat(both.n()).isEqualTo(6);
        assertThat(both.sum()).isEqualTo(16);
        assertThat(both.sumOfSquares()).isEqualTo(50);
        assertThat(a.with(3)).isEqualTo(QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 1, 4, 4, 3));
        assertThat(QuestionStats.of(LikertScale.FOUR_POINT, 6, 16, 50, 1, 2, 1, 2))
                .isEqualTo(both);
        assertThatThrownBy(() -> QuestionStats.of(LikertScale.FOUR_POINT, 6, 17, 50, 1, 2, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Inconsistent");
        assertThatThrownBy(() -> QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.plus(QuestionStats.empty(LikertScale.FIVE_POINT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knownPopulationNarrowsTheIntervals() {
        QuestionStats stats = QuestionStats.ofHistogram(LikertScale.FOUR_POINT, 3, 7, 25, 15);
        QuestionScore open = QuestionScore.of("U2", QuestionTag.U2, stats, UNKNOWN);
        QuestionScore finite = QuestionScore.of("U2", QuestionTag.U2, stats, OptionalLong.of(80));
        double correction = Math.sqrt(30.0 / 79);
        assertThat(finite.mean().interval().orElseThrow().width())
                .isCloseTo(open.mean().interval().orElseThrow().width() * correction, within(1e-12));
        assertThat(finite.topTwoBox().interval().orElseThrow().width())
                .isLessThan(open.topTwoBox().interval().orElseThrow().width());
    }
}
