package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Means and shares at the edges: no answers, one answer, the provisional threshold, the scale's bounds. */
class EstimatesTest {

    private static final OptionalLong UNKNOWN = OptionalLong.empty();

    @Test
    void meanOfNothingIsEmptyNotNaN() {
        MeanEstimate estimate = MeanEstimate.of(0, 0, 0, UNKNOWN, 1, 4);
        assertThat(estimate.n()).isZero();
        assertThat(estimate.mean()).isEmpty();
        assertThat(estimate.standardDeviation()).isEmpty();
        assertThat(estimate.interval()).isEmpty();
        assertThat(estimate.provisional()).isTrue();
    }

    @Test
    void meanOfOneAnswerHasNoSpreadAndNoInterval() {
        MeanEstimate estimate = MeanEstimate.of(1, 3, 9, UNKNOWN, 1, 4);
        assertThat(estimate.mean()).hasValue(3.0);
        assertThat(estimate.standardDeviation()).isEmpty();
        assertThat(estimate.interval()).isEmpty();
    }

    @Test
    void meanOfTwoAnswersHasTheSampleStandardDeviation() {
        // Answers 2 and 4: mean 3, s = √(((2−3)² + (4−3)²)/(2−1)) = √2 (n − 1, not n, in the denominator).
        MeanEstimate estimate = MeanEstimate.of(2, 6, 20, UNKNOWN, 1, 4);
        assertThat(estimate.mean()).hasValue(3.0);
        assertThat(estimate.standardDeviation().orElseThrow()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(estimate.interval()).isPresent();
    }

    @Test
    void identicalAnswersGiveZeroSpreadNotNaN() {
        // 0.1 is not exact in binary, so sum² / n and the sum of squares differ in the last bits.
        int n = 37;
        double value = 3.1;
        MeanEstimate estimate = MeanEstimate.of(n, n * value, n * value * value, UNKNOWN, 1, 4);
        assertThat(estimate.standardDeviation().orElseThrow()).isCloseTo(0, within(1e-6));
        assertThat(estimate.interval().orElseThrow().width()).isCloseTo(0, within(1e-6));
    }

    @Test
    void intervalIsCutToTheScale() {
        // 29 answers of 4 and one of 1: mean 3.9, s = 0.5477, t-interval 3.9 ± 0.2045 would reach 4.1045.
        MeanEstimate estimate = MeanEstimate.of(30, 29 * 4 + 1, 29 * 16 + 1, UNKNOWN, 1, 4);
        ConfidenceInterval ci = estimate.interval().orElseThrow();
        assertThat(ci.high()).isEqualTo(4.0);
        assertThat(ci.low()).isCloseTo(3.9 - 2.045230 * Math.sqrt(0.3) / Math.sqrt(30), within(1e-6));
    }

    @ParameterizedTest(name = "n = {0} → provisional {1}")
    @CsvSource({"0, true", "1, true", "29, true", "30, false", "31, false", "5000, false"})
    void scoresFromFewerThanThirtyAreProvisional(long n, boolean provisional) {
        assertThat(Provisional.isProvisional(n)).isEqualTo(provisional);
        assertThat(MeanEstimate.of(n, 3.0 * n, 9.0 * n, UNKNOWN, 1, 4).provisional())
                .isEqualTo(provisional);
        assertThat(ShareEstimate.of(n / 2, n, UNKNOWN).provisional()).isEqualTo(provisional);
    }

    @Test
    void shareOfNothingIsEmptyNotNaN() {
        ShareEstimate share = ShareEstimate.of(0, 0, UNKNOWN);
        assertThat(share.share()).isEmpty();
        assertThat(share.interval()).isEmpty();
    }

    @Test
    void shareOfOneAnswerHasAWilsonInterval() {
        ShareEstimate share = ShareEstimate.of(1, 1, UNKNOWN);
        assertThat(share.share()).hasValue(1.0);
        assertThat(share.interval().orElseThrow().high()).isEqualTo(1.0);
        assertThat(share.provisional()).isTrue();
    }
}
