package id.suarawarga.score.stats;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The 95% intervals DOMAIN.md asks for: Student's t for means, Wilson for shares, each with the finite-population
 * correction when the target population N is known. An interval that cannot be computed is empty, never NaN.
 */
public final class ConfidenceIntervals {

    /** The two-sided confidence level of every interval here. */
    public static final double LEVEL = 0.95;

    /** The standard normal 0.975 quantile, used by the Wilson interval (1.96 rounded in most textbooks). */
    public static final double Z_975 = 1.959963984540054;

    private static final double UPPER = (1 + LEVEL) / 2;

    private ConfidenceIntervals() {}

    /**
     * The finite-population correction √((N − n)/(N − 1)) for n answers from a population of N: 0 once everyone
     * answered (n ≥ N, e.g. when N was underestimated), 1 before anyone has (n = 0, nothing to correct).
     */
    public static double finitePopulationCorrection(long n, long population) {
        if (n < 0 || population < 1) {
            throw new IllegalArgumentException("Need n ≥ 0 and a population N ≥ 1, got n=" + n + ", N=" + population);
        }
        if (n >= population) {
            return 0;
        }
        if (n == 0) {
            return 1;
        }
        return Math.sqrt((double) (population - n) / (population - 1));
    }

    /**
     * The t-interval x̄ ± t(0.975, n − 1) · s/√n, times the finite-population correction when N is known.
     * Empty for n &lt; 2 (no standard deviation, no degrees of freedom) — except that a census (n ≥ N) knows the
     * mean exactly and gets a zero-width interval even at n = 1.
     */
    public static Optional<ConfidenceInterval> mean(
            long n, double mean, double standardDeviation, OptionalLong population) {
        if (n < 0 || !Double.isFinite(mean) || !(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException(
                    "Invalid sample: n=" + n + ", mean=" + mean + ", s=" + standardDeviation);
        }
        double correction = correction(n, population);
        if (n >= 1 && correction == 0) {
            return Optional.of(ConfidenceInterval.exactly(mean));
        }
        if (n < 2) {
            return Optional.empty();
        }
        double halfWidth = StudentT.quantile(UPPER, n - 1) * standardDeviation / Math.sqrt(n) * correction;
        return Optional.of(new ConfidenceInterval(mean - halfWidth, mean + halfWidth));
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code n}; empty for n = 0, defined from n = 1 on.
     * With a known population the finite-population correction scales z (the score test with the variance
     * p(1 − p)/n · (N − n)/(N − 1)), so a census (n ≥ N) gives the zero-width interval at the observed share.
     */
    public static Optional<ConfidenceInterval> wilson(long successes, long n, OptionalLong population) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("Need 0 ≤ successes ≤ n, got " + successes + " of " + n);
        }
        if (n == 0) {
            return Optional.empty();
        }
        double share = (double) successes / n;
        double z = Z_975 * correction(n, population);
        if (z == 0) {
            return Optional.of(ConfidenceInterval.exactly(share));
        }
        double z2n = z * z / n;
        double centre = (share + z2n / 2) / (1 + z2n);
        double halfWidth = z / (1 + z2n) * Math.sqrt(share * (1 - share) / n + z2n / (4 * n));
        // Exact ends where the algebra gives them (0 of n → low 0, n of n → high 1), so rounding never leaves [0, 1].
        double low = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
        double high = successes == n ? 1 : Math.min(1, centre + halfWidth);
        return Optional.of(new ConfidenceInterval(low, high));
    }

    private static double correction(long n, OptionalLong population) {
        return population.isPresent() ? finitePopulationCorrection(n, population.getAsLong()) : 1;
    }
}
