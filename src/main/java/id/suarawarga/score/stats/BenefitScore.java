package id.suarawarga.score.stats;

import java.util.Optional;

/**
 * The benefit (impact) score of a questionnaire: the equally weighted mean of its impact-tagged questions' NRRs
 * (BENEFIT, ACCESS, RECOMMENDATION, SUSTAINABILITY, PARTICIPATION), each on the 1–4 basis, so 5-point questions
 * count through {@link LikertScale#toFourPointBasis}. Every impact question weighs 1/q, whatever its tag.
 *
 * @param value the score on 1–4, unrounded
 * @param questions q, the number of impact questions with at least one answer
 * @param respondentMeans each respondent's mean over the impact questions they answered (1–4 basis): n and the
 *     t-interval, built like the IKM's
 * @param index the score on the evaluation's index scale: the resident-perceived part of Impact
 */
public record BenefitScore(double value, int questions, MeanEstimate respondentMeans, IndexScore index) {

    /** The number of respondents who answered at least one impact question. */
    public long n() {
        return respondentMeans.n();
    }

    /** The 95% interval on 1–4. */
    public Optional<ConfidenceInterval> interval() {
        return respondentMeans.interval();
    }

    /** Fewer than 30 respondents (DOMAIN.md): publish, but flag it. */
    public boolean provisional() {
        return Provisional.isProvisional(n());
    }
}
