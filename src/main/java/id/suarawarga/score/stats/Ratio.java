package id.suarawarga.score.stats;

import java.math.BigDecimal;
import java.math.MathContext;

/** An exact non-negative fraction of two longs, used where a score decides a category. */
record Ratio(long numerator, long denominator) {

    /** 34 significant digits: far beyond the 2 decimals a category is decided on. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    Ratio {
        if (denominator <= 0 || numerator < 0) {
            throw new IllegalArgumentException("Not a non-negative fraction: " + numerator + "/" + denominator);
        }
    }

    /** The nearest double: one correctly rounded division, so equal fractions give equal doubles. */
    double toDouble() {
        return (double) numerator / denominator;
    }

    BigDecimal toBigDecimal() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), PRECISION);
    }
}
