package id.suarawarga.score.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A mean with its sample size, sample standard deviation and 95% t-interval; empty parts where n is too small
 * (no mean at n = 0, no standard deviation or interval at n = 1).
 */
public record MeanEstimate(
        long n, OptionalDouble mean, OptionalDouble standardDeviation, Optional<ConfidenceInterval> interval) {

    public MeanEstimate {
        if (n < 0) {
            throw new IllegalArgumentException("n must be ≥ 0, got " + n);
        }
    }

    /**
     * From sufficient statistics of values that lie in [min, max]. The interval is cut to [min, max]: a mean of
     * 1–4 answers cannot exceed 4, so an upper end of 4.1 (small n, mean near the top) would only mislead.
     */
    public static MeanEstimate of(
            long n, double sum, double sumOfSquares, OptionalLong population, double min, double max) {
        if (n == 0) {
            return new MeanEstimate(0, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
        }
        double mean = sum / n;
        OptionalDouble sd = OptionalDouble.empty();
        double s = 0;
        if (n >= 2) {
            // Clamped at 0: when every value is equal, cancellation can leave a tiny negative instead of 0.
            double variance = Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
            s = Math.sqrt(variance);
            sd = OptionalDouble.of(s);
        }
        Optional<ConfidenceInterval> interval =
                ConfidenceIntervals.mean(n, mean, s, population).map(ci -> ci.clamp(min, max));
        return new MeanEstimate(n, OptionalDouble.of(mean), sd, interval);
    }

    /** Fewer than 30 respondents (DOMAIN.md): publish, but flag it. */
    public boolean provisional() {
        return Provisional.isProvisional(n);
    }
}
