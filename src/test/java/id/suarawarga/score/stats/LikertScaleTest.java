package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 1–5 → 1–4 map and the top-2-box points. */
class LikertScaleTest {

    @ParameterizedTest(name = "{0} of 5 → {1} of 4")
    @CsvSource({"1, 1", "2, 1.75", "3, 2.5", "4, 3.25", "5, 4", "4.2, 3.4", "1.8, 1.6"})
    void fivePointScoresMapLinearlyOntoOneToFour(double fivePoint, double fourPoint) {
        assertThat(LikertScale.FIVE_POINT.toFourPointBasis(fivePoint)).isCloseTo(fourPoint, within(1e-12));
    }

    @ParameterizedTest(name = "{0} of 4 stays {0}")
    @ValueSource(doubles = {1, 2, 2.75, 3, 4})
    void fourPointScoresAreAlreadyOnTheBasis(double score) {
        assertThat(LikertScale.FOUR_POINT.toFourPointBasis(score)).isEqualTo(score);
    }

    @Test
    void exactMeanOnTheBasisIsTheMappedMean() {
        // Answers 5, 4, 4 on 1–5: mean 13/3, mapped 1 + (13/3 − 1)·3/4 = 3.5 = (3 + 3·13)/(4·3).
        Ratio mean = LikertScale.FIVE_POINT.fourPointBasisMean(3, 13);
        assertThat(mean.toDouble()).isEqualTo(3.5);
        assertThat(LikertScale.FOUR_POINT.fourPointBasisMean(3, 10).toDouble()).isEqualTo(10.0 / 3);
    }

    @Test
    void topTwoBoxIsThreeToFourOrFourToFive() {
        assertThat(LikertScale.FOUR_POINT.topTwoBoxFrom()).isEqualTo(3);
        assertThat(LikertScale.FIVE_POINT.topTwoBoxFrom()).isEqualTo(4);
    }

    @Test
    void onlyFourAndFivePointScalesExist() {
        assertThat(LikertScale.ofPoints(5)).isEqualTo(LikertScale.FIVE_POINT);
        assertThatThrownBy(() -> LikertScale.ofPoints(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikertScale.FOUR_POINT.toFourPointBasis(5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikertScale.FIVE_POINT.toFourPointBasis(0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
