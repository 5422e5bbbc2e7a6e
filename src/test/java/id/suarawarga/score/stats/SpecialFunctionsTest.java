package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The special functions behind the t distribution, against closed forms. */
class SpecialFunctionsTest {

    @ParameterizedTest(name = "ln Γ({0}) = {1}")
    @CsvSource({
        "0.5, 0.5723649429247001", // ln √π
        "1,   0",
        "2,   0",
        "10,  12.801827480081469", // ln 9!
        "100, 359.13420536957540"
    })
    void logGammaMatchesKnownValues(double x, double expected) {
        assertThat(SpecialFunctions.logGamma(x)).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
    }

    @ParameterizedTest(name = "I_{0}({1}, {2})")
    @CsvSource({"0.3, 1, 1", "0.3, 4, 1", "0.3, 1, 4", "0.9, 2.5, 1", "0.05, 1, 30", "0.999, 7, 1"})
    void incompleteBetaMatchesClosedForms(double x, double a, double b) {
        // I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b.
        double expected = b == 1 ? Math.pow(x, a) : 1 - Math.pow(1 - x, b);
        assertThat(SpecialFunctions.regularizedIncompleteBeta(x, 1 - x, a, b)).isCloseTo(expected, within(1e-13));
    }

    @ParameterizedTest(name = "I_{0}({1}, {2}) + I_(1-{0})({2}, {1}) = 1")
    @CsvSource({"0.2, 3, 5", "0.7, 0.5, 12", "0.5, 40, 40"})
    void incompleteBetaIsSymmetric(double x, double a, double b) {
        double sum = SpecialFunctions.regularizedIncompleteBeta(x, 1 - x, a, b)
                + SpecialFunctions.regularizedIncompleteBeta(1 - x, x, b, a);
        assertThat(sum).isCloseTo(1, within(1e-13));
    }
}
