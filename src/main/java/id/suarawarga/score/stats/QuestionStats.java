package id.suarawarga.score.stats;

import java.util.Arrays;

/**
 * The sufficient statistics of one Likert question: answer count n, sum, sum of squares and the histogram of
 * answer points. Everything a question's score needs, so running aggregates can stand in for raw answers; two
 * partial aggregates (e.g. striped counters) combine with {@link #plus}.
 */
public final class QuestionStats {

    private final LikertScale scale;
    private final long[] histogram;
    private final long n;
    private final long sum;
    private final long sumOfSquares;

    private QuestionStats(LikertScale scale, long[] histogram) {
        this.scale = scale;
        this.histogram = histogram;
        long count = 0;
        long total = 0;
        long squares = 0;
        for (int point = 1; point <= histogram.length; point++) {
            long c = histogram[point - 1];
            if (c < 0) {
                throw new IllegalArgumentException("Negative count " + c + " for answer point " + point);
            }
            count = Math.addExact(count, c);
            total = Math.addExact(total, Math.multiplyExact(c, point));
            squares = Math.addExact(squares, Math.multiplyExact(c, (long) point * point));
        }
        this.n = count;
        this.sum = total;
        this.sumOfSquares = squares;
    }

    /** No answers yet. */
    public static QuestionStats empty(LikertScale scale) {
        return new QuestionStats(scale, new long[scale.points()]);
    }

    /** From the count of answers at each point, in order 1..points. */
    public static QuestionStats ofHistogram(LikertScale scale, long... counts) {
        if (counts.length != scale.points()) {
            throw new IllegalArgumentException("A " + scale.points() + "-point histogram needs " + scale.points()
                    + " counts, got " + counts.length);
        }
        return new QuestionStats(scale, counts.clone());
    }

    /** From raw answers (points 1..n); handy for tests and for rebuilding aggregates. */
    public static QuestionStats ofAnswers(LikertScale scale, int... answers) {
        long[] counts = new long[scale.points()];
        for (int answer : answers) {
            requirePoint(scale, answer);
            counts[answer - 1]++;
        }
        return new QuestionStats(scale, counts);
    }

    /**
     * From stored aggregates that keep n, sum and sum of squares beside the histogram. They are redundant, so
     * they are checked: a disagreement means the aggregates drifted and must be rebuilt, not scored.
     */
    public static QuestionStats of(LikertScale scale, long n, long sum, long sumOfSquares, long... histogram) {
        QuestionStats stats = ofHistogram(scale, histogram);
        if (stats.n != n || stats.sum != sum || stats.sumOfSquares != sumOfSquares) {
            throw new IllegalArgumentException("Inconsistent question aggregates: n=" + n + ", sum=" + sum
                    + ", sumOfSquares=" + sumOfSquares + " but the histogram " + Arrays.toString(histogram)
                    + " gives n=" + stats.n + ", sum=" + stats.sum + ", sumOfSquares=" + stats.sumOfSquares);
        }
        return stats;
    }

    /** These statistics with one more answer. */
    public QuestionStats with(int answer) {
        requirePoint(scale, answer);
        long[] counts = histogram.clone();
        counts[answer - 1] = Math.addExact(counts[answer - 1], 1);
        return new QuestionStats(scale, counts);
    }

    /** The statistics of both sets of answers together (same scale). */
    public QuestionStats plus(QuestionStats other) {
        if (other.scale != scale) {
            throw new IllegalArgumentException(
                    "Cannot combine a " + scale.points() + "-point and a " + other.scale.points() + "-point question");
        }
        long[] counts = new long[histogram.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.addExact(histogram[i], other.histogram[i]);
        }
        return new QuestionStats(scale, counts);
    }

    public LikertScale scale() {
        return scale;
    }

    public long n() {
        return n;
    }

    public long sum() {
        return sum;
    }

    public long sumOfSquares() {
        return sumOfSquares;
    }

    /** How many answered this point (1..points). */
    public long count(int point) {
        requirePoint(scale, point);
        return histogram[point - 1];
    }

    /** How many answered in the top two points (3–4 on 1–4, 4–5 on 1–5). */
    public long topTwoBoxCount() {
        return histogram[histogram.length - 2] + histogram[histogram.length - 1];
    }

    private static void requirePoint(LikertScale scale, int point) {
        if (!scale.contains(point)) {
            throw new IllegalArgumentException(
                    "Answer point " + point + " is outside the 1–" + scale.points() + " scale");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuestionStats other && other.scale == scale && Arrays.equals(other.histogram, histogram);
    }

    @Override
    public int hashCode() {
        return 31 * scale.hashCode() + Arrays.hashCode(histogram);
    }

    @Override
    public String toString() {
        return "QuestionStats[" + scale + ", histogram=" + Arrays.toString(histogram) + ", n=" + n + ", sum=" + sum
                + ", sumOfSquares=" + sumOfSquares + "]";
    }
}
