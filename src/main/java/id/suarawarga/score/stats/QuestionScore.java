package id.suarawarga.score.stats;

import id.suarawarga.questionnaire.QuestionTag;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The score of one Likert question: its mean on the answer scale and on the 1–4 basis (NRR), the distribution
 * of answers, and the top-2-box share, each with n and a 95% interval.
 *
 * @param tag what the question measures, or null for a Likert question that feeds no score
 * @param mean the mean on the question's own scale, with standard deviation and t-interval
 * @param fourPointBasis the same on the 1–4 basis ({@link LikertScale#toFourPointBasis}); equal to {@code mean}
 *     on a 4-point question
 * @param distribution answer counts and shares for every point 1..points, in order
 * @param topTwoBox the share answering the top two points (3–4 of 4, 4–5 of 5), with its Wilson interval
 */
public record QuestionScore(
        String code,
        QuestionTag tag,
        LikertScale scale,
        MeanEstimate mean,
        MeanEstimate fourPointBasis,
        List<PointCount> distribution,
        ShareEstimate topTwoBox) {

    /** How many answered one point, and their share of all answers (empty while nobody answered). */
    public record PointCount(int point, long count, OptionalDouble share) {}

    public QuestionScore {
        distribution = List.copyOf(distribution);
    }

    /** Scores a question from its sufficient statistics; {@code population} is the target population if known. */
    public static QuestionScore of(String code, QuestionTag tag, QuestionStats stats, OptionalLong population) {
        LikertScale scale = stats.scale();
        long n = stats.n();
        double sum = stats.sum();
        double squares = stats.sumOfSquares();
        MeanEstimate mean = MeanEstimate.of(n, sum, squares, population, 1, scale.points());
        MeanEstimate basis = mean;
        if (scale == LikertScale.FIVE_POINT) {
            // The sums of y = 1/4 + 3/4·x, from the sums of x: the map is linear, so no raw answer is needed.
            double basisSum = 0.25 * n + 0.75 * sum;
            double basisSquares = 0.0625 * n + 0.375 * sum + 0.5625 * squares;
            basis = MeanEstimate.of(
                    n, basisSum, basisSquares, population, LikertScale.BASIS_MIN, LikertScale.BASIS_MAX);
        }
        List<PointCount> distribution = new ArrayList<>();
        for (int point = 1; point <= scale.points(); point++) {
            long count = stats.count(point);
            distribution.add(new PointCount(
                    point, count, n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / n)));
        }
        return new QuestionScore(
                code, tag, scale, mean, basis, distribution, ShareEstimate.of(stats.topTwoBoxCount(), n, population));
    }

    /** How many answered the question. */
    public long n() {
        return mean.n();
    }

    /** NRR (nilai rata-rata): the mean on the 1–4 basis; empty while nobody answered. */
    public OptionalDouble nrr() {
        return fourPointBasis.mean();
    }

    /** Fewer than 30 answers (DOMAIN.md): publish, but flag it. */
    public boolean provisional() {
        return Provisional.isProvisional(n());
    }
}
