package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The t-interval, the Wilson interval and the finite-population correction. */
class ConfidenceIntervalsTest {

    private static final OptionalLong UNKNOWN = OptionalLong.empty();

    @ParameterizedTest(name = "FPC(n={0}, N={1}) = {2}")
    @CsvSource({
        "50,  100,  0.7106690545", // √(50/99)
        "1,   100,  1", // √(99/99): one answer corrects nothing
        "263, 500,  0.6891660901", // √(237/499)
        "99,  100,  0.1005037815", // √(1/99)
        "100, 100,  0", // a census
        "120, 100,  0", // more answers than the stated population: still a census
        "1,   1,    0",
        "0,   100,  1"
    })
    void finitePopulationCorrection(long n, long population, double expected) {
        assertThat(ConfidenceIntervals.finitePopulationCorrection(n, population))
                .isCloseTo(expected, within(1e-10));
    }

    @Test
    void tIntervalIsMeanPlusMinusTTimesStandardError() {
        // n = 10, x̄ = 3, s = 0.5: half-width = t(0.975, 9) · 0.5/√10 = 2.2621572 · 0.1581139 = 0.3576785.
        ConfidenceInterval ci = ConfidenceIntervals.mean(10, 3, 0.5, UNKNOWN).orElseThrow();
        assertThat(ci.low()).isCloseTo(3 - 0.3576785, within(1e-6));
        assertThat(ci.high()).isCloseTo(3 + 0.3576785, within(1e-6));
    }

    @Test
    void tIntervalShrinksByTheFinitePopulationCorrection() {
        // N = 40: the half-width 0.3576785 times √(30/39) = 0.8770580 gives 0.3137048.
        ConfidenceInterval ci =
                ConfidenceIntervals.mean(10, 3, 0.5, OptionalLong.of(40)).orElseThrow();
        assertThat(ci.halfWidth()).isCloseTo(0.3137048, within(1e-6));
    }

    @ParameterizedTest(name = "n = {0}, N = {1}")
    @CsvSource({"30, 30", "31, 30", "1, 1"})
    void tIntervalOfACensusHasZeroWidth(long n, long population) {
        ConfidenceInterval ci = ConfidenceIntervals.mean(n, 3.2, n == 1 ? 0 : 0.6, OptionalLong.of(population))
                .orElseThrow();
        assertThat(ci).isEqualTo(ConfidenceInterval.exactly(3.2));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(longs = {0, 1})
    void tIntervalIsUndefinedBelowTwoAnswers(long n) {
        assertThat(ConfidenceIntervals.mean(n, 3, 0, UNKNOWN)).isEmpty();
        assertThat(ConfidenceIntervals.mean(n, 3, 0, OptionalLong.of(500))).isEmpty();
    }

    @Test
    void wilsonMatchesThePublishedExample() {
        // The published worked example of 81 successes in 263 trials:
        // p̂ = 0.3080, Wilson 95% ≈ [0.2553, 0.3662].
        ConfidenceInterval ci = ConfidenceIntervals.wilson(81, 263, UNKNOWN).orElseThrow();
        assertThat(ci.low()).isCloseTo(0.2553, within(0.00005));
        assertThat(ci.high()).isCloseTo(0.3662, within(0.00005));
        // It is not the Wald interval p̂ ± 1.96·√(p̂(1 − p̂)/n) = [0.2522, 0.3638].
        assertThat(ci.low()).isGreaterThan(0.2530);
    }

    @ParameterizedTest(name = "0 of {0}")
    @ValueSource(longs = {1, 10, 50, 1000})
    void wilsonForNoSuccessesStartsAtZero(long n) {
        ConfidenceInterval ci = ConfidenceIntervals.wilson(0, n, UNKNOWN).orElseThrow();
        double z2 = ConfidenceIntervals.Z_975 * ConfidenceIntervals.Z_975;
        assertThat(ci.low()).isZero();
        assertThat(ci.high()).isCloseTo(z2 / (n + z2), within(1e-12)); // 0 of 10 → 0.2775
    }

    @ParameterizedTest(name = "{0} of {0}")
    @ValueSource(longs = {1, 10, 50, 1000})
    void wilsonForAllSuccessesEndsAtOne(long n) {
        ConfidenceInterval ci = ConfidenceIntervals.wilson(n, n, UNKNOWN).orElseThrow();
        double z2 = ConfidenceIntervals.Z_975 * ConfidenceIntervals.Z_975;
        assertThat(ci.high()).isEqualTo(1.0);
        assertThat(ci.low()).isCloseTo(n / (n + z2), within(1e-12)); // 10 of 10 → 0.7225
    }

    @Test
    void wilsonOfOneAnswerIsDefinedAndOfNoneIsEmpty() {
        assertThat(ConfidenceIntervals.wilson(1, 1, UNKNOWN).orElseThrow().low())
                .isCloseTo(0.2065, within(0.00005));
        assertThat(ConfidenceIntervals.wilson(0, 0, UNKNOWN)).isEmpty();
    }

    @Test
    void wilsonWithAKnownPopulationScalesZByTheCorrection() {
        // N = 500: z · √(237/499) = 1.350748 in the Wilson formula gives [0.2710, 0.3476].
        ConfidenceInterval ci =
                ConfidenceIntervals.wilson(81, 263, OptionalLong.of(500)).orElseThrow();
        assertThat(ci.low()).isCloseTo(0.27097, within(0.00001));
        assertThat(ci.high()).isCloseTo(0.34765, within(0.00001));
        assertThat(ConfidenceIntervals.wilson(81, 263, OptionalLong.of(263)).orElseThrow())
                .isEqualTo(ConfidenceInterval.exactly(81.0 / 263));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> ConfidenceIntervals.wilson(11, 10, UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceIntervals.finitePopulationCorrection(5, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
