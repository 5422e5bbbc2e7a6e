package id.suarawarga.score.stats;

import java.util.Optional;

/**
 * The SKM satisfaction index of a questionnaire (PermenPANRB 14/2017): IKM = Σ NRR_i / k over the k elements
 * answered, its konversi IKM × 25 (25–100) and category, with the 95% interval DOMAIN.md prescribes.
 *
 * @param value IKM on 1–4, unrounded
 * @param konversi IKM × 25, unrounded
 * @param category decided on konversi rounded to 2 decimals
 * @param elements k, the number of SKM elements with at least one answer (the weights are exactly 1/k)
 * @param respondentMeans each respondent's mean over the elements they answered: n, mean, sd and t-interval on
 *     1–4. The interval is that of these means, as DOMAIN.md says; when some respondents skip elements its centre
 *     (the mean of respondent means) can differ slightly from {@code value}
 * @param konversiInterval the respondent-mean interval × 25
 * @param index IKM on the evaluation's index scale
 */
public record Ikm(
        double value,
        double konversi,
        SkmCategory category,
        int elements,
        MeanEstimate respondentMeans,
        Optional<ConfidenceInterval> konversiInterval,
        IndexScore index) {

    /** The konversi factor: IKM (1–4) × 25 gives 25–100. */
    public static final double KONVERSI_FACTOR = 25;

    /** The number of respondents who answered at least one element. */
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
