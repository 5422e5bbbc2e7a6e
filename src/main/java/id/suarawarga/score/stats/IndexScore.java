package id.suarawarga.score.stats;

import java.util.Optional;

/**
 * A score on the evaluation's index scale: the resident-perceived part of Impact (the benefit residents feel),
 * with its 95% interval mapped along, so assessors can set it beside the region's other evidence.
 */
public record IndexScore(double value, Optional<ConfidenceInterval> interval, IndexScale scale) {}
