package id.suarawarga.score.stats;

/**
 * Sufficient statistics of respondents' own means (each respondent's mean over the scored questions they
 * answered, on the 1–4 basis): count, sum and sum of squares. The IKM and benefit intervals come from these,
 * because DOMAIN.md takes the interval over respondents, not over answers.
 */
public record RespondentMeanStats(long n, double sum, double sumOfSquares) {

    private static final RespondentMeanStats EMPTY = new RespondentMeanStats(0, 0, 0);

    public RespondentMeanStats {
        if (n < 0 || !Double.isFinite(sum) || !Double.isFinite(sumOfSquares) || sum < 0 || sumOfSquares < 0) {
            throw new IllegalArgumentException(
                    "Invalid respondent-mean statistics: n=" + n + ", sum=" + sum + ", sumOfSquares=" + sumOfSquares);
        }
        if (n == 0 && (sum != 0 || sumOfSquares != 0)) {
            throw new IllegalArgumentException(
                    "Sums without respondents: sum=" + sum + ", sumOfSquares=" + sumOfSquares);
        }
    }

    public static RespondentMeanStats empty() {
        return EMPTY;
    }

    /** From respondents' means (each already on the 1–4 basis). */
    public static RespondentMeanStats ofMeans(double... means) {
        RespondentMeanStats stats = EMPTY;
        for (double mean : means) {
            stats = stats.add(mean);
        }
        return stats;
    }

    /** With one more respondent whose mean (on the 1–4 basis) is {@code mean}. */
    public RespondentMeanStats add(double mean) {
        if (!Double.isFinite(mean) || mean < LikertScale.BASIS_MIN || mean > LikertScale.BASIS_MAX) {
            throw new IllegalArgumentException("A respondent mean on the 1–4 basis lies in [1, 4], not " + mean);
        }
        return new RespondentMeanStats(n + 1, sum + mean, sumOfSquares + mean * mean);
    }

    /**
     * With one more respondent given by their answers already on the 1–4 basis (see
     * {@link LikertScale#toFourPointBasis}); a respondent who answered none of the questions is not counted.
     */
    public RespondentMeanStats addRespondent(double... answersOnFourPointBasis) {
        if (answersOnFourPointBasis.length == 0) {
            return this;
        }
        double total = 0;
        for (double answer : answersOnFourPointBasis) {
            total += answer;
        }
        return add(total / answersOnFourPointBasis.length);
    }

    /** Both groups of respondents together. */
    public RespondentMeanStats plus(RespondentMeanStats other) {
        return new RespondentMeanStats(Math.addExact(n, other.n), sum + other.sum, sumOfSquares + other.sumOfSquares);
    }
}
