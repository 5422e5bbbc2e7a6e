package id.suarawarga.score.stats;

/**
 * The log-gamma and regularized incomplete beta functions behind {@link StudentT}, written out here so the
 * service needs no statistics library (Numerical Recipes, 3rd ed., §6.1 and §6.4).
 */
final class SpecialFunctions {

    /** Lanczos coefficients for g = 607/128 (Numerical Recipes 3rd ed., gammln): ~1e-15 relative accuracy. */
    private static final double[] LANCZOS = {
        57.1562356658629235,
        -59.5979603554754912,
        14.1360979747417471,
        -0.491913816097620199,
        .339946499848118887e-4,
        .465236289270485756e-4,
        -.983744753048795646e-4,
        .158088703224912494e-3,
        -.210264441724104883e-3,
        .217439618115212643e-3,
        -.164318106536763890e-3,
        .844182239838527433e-4,
        -.261908384015814087e-4,
        .368991826595316234e-5
    };

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;

    private SpecialFunctions() {}

    /** ln Γ(x) for x &gt; 0. */
    static double logGamma(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("logGamma needs a finite x > 0, got " + x);
        }
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double series = 0.999999999999997092;
        for (double c : LANCZOS) {
            series += c / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * series / x);
    }

    /**
     * The regularized incomplete beta function I_x(a, b), with {@code y = 1 − x} passed in separately so a caller
     * that knows 1 − x accurately (x close to 1) loses no digits to the subtraction.
     */
    static double regularizedIncompleteBeta(double x, double y, double a, double b) {
        if (!(a > 0) || !(b > 0) || !(x >= 0) || !(y >= 0) || Math.abs(x + y - 1) > 1e-12) {
            throw new IllegalArgumentException("I_x(a, b) needs a, b > 0 and 0 ≤ x = 1 − y ≤ 1; got x=" + x + ", y=" + y
                    + ", a=" + a + ", b=" + b);
        }
        if (x == 0) {
            return 0;
        }
        if (y == 0) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y);
        double front = Math.exp(logFront);
        // The continued fraction converges fast only below the mean of the beta distribution; use the symmetry
        // I_x(a, b) = 1 − I_{1−x}(b, a) above it.
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(y, b, a) / b;
    }

    /** The continued fraction of I_x(a, b) by the modified Lentz method. */
    private static double continuedFraction(double x, double a, double b) {
        // It needs on the order of sqrt(max(a, b)) terms, so the cap grows with the degrees of freedom.
        int maxIterations = 1000 + (int) (20 * Math.sqrt(Math.max(a, b)));
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = nonZero(1 - qab * x / qap);
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= maxIterations; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("Incomplete beta did not converge for x=" + x + ", a=" + a + ", b=" + b);
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
