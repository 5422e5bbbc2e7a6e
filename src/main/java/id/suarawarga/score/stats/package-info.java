/**
 * Scores from residents' answers: SKM/IKM satisfaction, the benefit (impact) score, their 95% confidence
 * intervals, the evaluation's index scale, and sample-size targets (Krejcie–Morgan, Smart City quota).
 *
 * <p>Everything here is plain Java with no framework dependency, and works from sufficient statistics
 * ({@link id.suarawarga.score.QuestionStats}, {@link id.suarawarga.score.RespondentMeanStats}) so running aggregates
 * can feed it without loading raw responses. Values are returned unrounded; rounding happens only where the
 * regulation decides a category ({@link id.suarawarga.score.SkmCategory}). No output is ever NaN: what cannot be
 * computed (a mean of nothing, an interval from one answer) is an empty Optional.
 */
package id.suarawarga.score.stats;
