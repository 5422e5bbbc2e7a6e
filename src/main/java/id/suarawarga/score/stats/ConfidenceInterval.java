package id.suarawarga.score.stats;

/** A two-sided 95% confidence interval [low, high] around a score, in the score's own units. */
public record ConfidenceInterval(double low, double high) {

    public ConfidenceInterval {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("Not an interval: [" + low + ", " + high + "]");
        }
    }

    /** A zero-width interval: the value is known exactly (every member of the population answered). */
    public static ConfidenceInterval exactly(double value) {
        return new ConfidenceInterval(value, value);
    }

    public double width() {
        return high - low;
    }

    public double halfWidth() {
        return width() / 2;
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    /** The interval under the increasing linear map {@code x ↦ offset + factor · x} (e.g. ×25 for IKM konversi). */
    public ConfidenceInterval linear(double factor, double offset) {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("Only an increasing linear map keeps an interval's ends in order");
        }
        return new ConfidenceInterval(offset + factor * low, offset + factor * high);
    }

    /** The interval cut to [min, max], the values the score can take at all. */
    ConfidenceInterval clamp(double min, double max) {
        return new ConfidenceInterval(Math.min(Math.max(low, min), max), Math.max(Math.min(high, max), min));
    }
}
