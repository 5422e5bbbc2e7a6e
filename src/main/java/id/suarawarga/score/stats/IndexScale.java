package id.suarawarga.score.stats;

import java.util.Optional;

/**
 * The scale of the Smart City evaluation's index (officially open; 1–4 by default), onto which a 1–4 score is
 * mapped linearly: 1 ↦ min, 4 ↦ max. What lands there is the resident-perceived part of the Impact evaluation,
 * to be set beside the region's other evidence, not the Impact score itself.
 */
public record IndexScale(double min, double max) {

    /** The default index scale, 1–4 (DOMAIN.md: treat as 1–4, keep configurable). */
    public static final IndexScale DEFAULT = new IndexScale(1, 4);

    public IndexScale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("An index scale needs finite min < max, got [" + min + ", " + max + "]");
        }
    }

    /** A score on the 1–4 basis on this index scale: {@code min + (score − 1) · (max − min)/3}. */
    public double fromFourPointBasis(double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("Score must be finite, got " + score);
        }
        return min + (score - LikertScale.BASIS_MIN) * factor();
    }

    /**
     * A 1–4 score and its interval on this index scale, labelled as the resident-perceived part of Impact.
     */
    public IndexScore score(double score, Optional<ConfidenceInterval> interval) {
        return new IndexScore(
                fromFourPointBasis(score),
                interval.map(ci -> ci.linear(factor(), min - LikertScale.BASIS_MIN * factor())),
                this);
    }

    private double factor() {
        return (max - min) / (LikertScale.BASIS_MAX - LikertScale.BASIS_MIN);
    }
}
