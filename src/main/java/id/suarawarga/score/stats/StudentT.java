package id.suarawarga.score.stats;

/** Student's t distribution: the CDF from the incomplete beta function and the quantile by bisection. */
public final class StudentT {

    private StudentT() {}

    /** P(T ≤ t) for T with {@code degreesOfFreedom} (&gt; 0, need not be whole) degrees of freedom. */
    public static double cdf(double t, double degreesOfFreedom) {
        requireDegreesOfFreedom(degreesOfFreedom);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must be a number");
        }
        double tail = upperTail(Math.abs(t), degreesOfFreedom);
        return t >= 0 ? 1 - tail : tail;
    }

    /**
     * The p-quantile: the t with P(T ≤ t) = p, for 0 &lt; p &lt; 1; {@code quantile(0.975, n − 1)} is the factor of a
     * two-sided 95% interval. Accurate to about 1e-10.
     */
    public static double quantile(double p, double degreesOfFreedom) {
        requireDegreesOfFreedom(degreesOfFreedom);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("A quantile needs 0 < p < 1, got " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -quantile(1 - p, degreesOfFreedom);
        }
        double tail = 1 - p;
        // Bisection on the upper tail, which falls monotonically in t: slower than Newton but cannot diverge,
        // and it costs microseconds at the sample sizes we see.
        double low = 0;
        double high = 1;
        while (upperTail(high, degreesOfFreedom) > tail) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-13 * high; i++) {
            double mid = (low + high) / 2;
            if (upperTail(mid, degreesOfFreedom) > tail) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** P(T &gt; t) for t ≥ 0: ½ · I_{ν/(ν+t²)}(ν/2, ½). */
    private static double upperTail(double t, double v) {
        if (Double.isInfinite(t)) {
            return 0;
        }
        double t2 = t * t;
        return 0.5 * SpecialFunctions.regularizedIncompleteBeta(v / (v + t2), t2 / (v + t2), v / 2, 0.5);
    }

    private static void requireDegreesOfFreedom(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("Degrees of freedom must be finite and > 0, got " + v);
        }
    }
}
