package id.suarawarga.score.stats;

/**
 * A Likert answer scale (4 or 5 points, scored 1..n) and its link to the 1–4 basis every score is reported on.
 *
 * <p>The SKM regulation scores on 1–4. A 5-point question is put on that basis by the linear map
 * {@code x ↦ 1 + (x − 1) · 3/4}, which sends 1 → 1 and 5 → 4 and keeps equal steps equal (2 → 1.75, 3 → 2.5,
 * 4 → 3.25). Because the map is linear, the mean of mapped answers is the mapped mean, so a question's NRR can be
 * mapped after averaging and no raw answer is needed.
 */
public enum LikertScale {
    FOUR_POINT(4),
    FIVE_POINT(5);

    /** The lowest and highest score of the 1–4 basis. */
    public static final double BASIS_MIN = 1.0;

    public static final double BASIS_MAX = 4.0;

    private final int points;

    LikertScale(int points) {
        this.points = points;
    }

    /** The scale with this many points; only 4 and 5 exist (the questionnaire rules allow no others). */
    public static LikertScale ofPoints(int points) {
        for (LikertScale scale : values()) {
            if (scale.points == points) {
                return scale;
            }
        }
        throw new IllegalArgumentException("A Likert scale has 4 or 5 points, not " + points);
    }

    public int points() {
        return points;
    }

    /** The lowest answer point counted in the top-2-box share: 3 on a 1–4 scale (3–4), 4 on a 1–5 scale (4–5). */
    public int topTwoBoxFrom() {
        return points - 1;
    }

    public boolean contains(int point) {
        return point >= 1 && point <= points;
    }

    /**
     * A score on this scale (an answer, or a mean of answers) on the 1–4 basis: identity on 4 points,
     * {@code 1 + (x − 1) · 3/4} on 5 points.
     */
    public double toFourPointBasis(double score) {
        if (!Double.isFinite(score) || score < 1 || score > points) {
            throw new IllegalArgumentException("Score " + score + " is outside the 1–" + points + " scale");
        }
        return this == FOUR_POINT ? score : 1 + (score - 1) * 3 / 4;
    }

    /**
     * The mean of {@code n} answers summing to {@code sum}, on the 1–4 basis, as an exact fraction:
     * {@code sum / n} on 4 points, {@code (n + 3·sum) / (4n)} on 5 points (the mapped mean, multiplied out), so
     * category decisions never depend on floating-point noise.
     */
    Ratio fourPointBasisMean(long n, long sum) {
        if (n <= 0) {
            throw new IllegalArgumentException("A mean needs at least one answer");
        }
        return this == FOUR_POINT
                ? new Ratio(sum, n)
                : new Ratio(Math.addExact(n, Math.multiplyExact(3L, sum)), Math.multiplyExact(4L, n));
    }
}
