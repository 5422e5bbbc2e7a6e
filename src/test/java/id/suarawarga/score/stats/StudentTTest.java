package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The t quantile and CDF, against published tables and closed forms. */
class StudentTTest {

    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({
        // Two-sided 95% column of the usual printed t-table (three decimals).
        "1,   12.706",
        "2,   4.303",
        "5,   2.571",
        "10,  2.228",
        "11,  2.201",
        "29,  2.045",
        "30,  2.042",
        "100, 1.984",
        "1000, 1.962"
    })
    void quantileMatchesPublishedTable(double df, double published) {
        assertThat(StudentT.quantile(0.975, df)).isCloseTo(published, within(0.0005));
    }

    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({
        // Eight or more digits, as R's qt(0.975, df) prints them: the table above only shows rounding.
        "1,   12.70620474",
        "2,   4.30265273",
        "10,  2.22813885",
        "30,  2.04227246",
        "100, 1.98397152"
    })
    void quantileIsAccurateBeyondTheTable(double df, double reference) {
        assertThat(StudentT.quantile(0.975, df)).isCloseTo(reference, within(1e-7));
    }

    @ParameterizedTest(name = "df = {0}")
    @ValueSource(doubles = {100_000, 1_000_000, 10_000_000})
    void quantileTendsToTheNormalForLargeSamples(double df) {
        double t = StudentT.quantile(0.975, df);
        assertThat(t).isCloseTo(1.960, within(0.0005));
        // Always slightly above z, by (z³ + z)/(4·df) up to a term in 1/df² (Cornish–Fisher expansion).
        double z = ConfidenceIntervals.Z_975;
        assertThat(t).isGreaterThan(z).isCloseTo(z + (z * z * z + z) / (4 * df), within(3 / (df * df) + 1e-8));
    }

    @Test
    void lowerQuantilesAreTheMirrorImage() {
        assertThat(StudentT.quantile(0.025, 7)).isEqualTo(-StudentT.quantile(0.975, 7));
        assertThat(StudentT.quantile(0.5, 7)).isZero();
    }

    @ParameterizedTest(name = "cdf({0}, 1)")
    @ValueSource(doubles = {-3, -1, 0, 0.5, 1, 2, 10})
    void cdfWithOneDegreeOfFreedomIsTheCauchyDistribution(double t) {
        assertThat(StudentT.cdf(t, 1)).isCloseTo(0.5 + Math.atan(t) / Math.PI, within(1e-12));
    }

    @ParameterizedTest(name = "cdf({0}, 2)")
    @ValueSource(doubles = {-4, -0.3, 0, 0.7, 1.5, 4.302652729749464, 25})
    void cdfWithTwoDegreesOfFreedomHasAClosedForm(double t) {
        assertThat(StudentT.cdf(t, 2)).isCloseTo(0.5 + t / (2 * Math.sqrt(t * t + 2)), within(1e-12));
    }

    @Test
    void quantileInvertsTheCdf() {
        for (double df : new double[] {1, 3, 8.5, 47, 500}) {
            for (double p : new double[] {0.6, 0.9, 0.975, 0.999}) {
                assertThat(StudentT.cdf(StudentT.quantile(p, df), df))
                        .as("df=%s p=%s", df, p)
                        .isCloseTo(p, within(1e-10));
            }
        }
    }

    @Test
    void rejectsMeaninglessArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.975, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.cdf(Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
