package id.suarawarga.insight;

import java.util.List;

/**
 * Suspect responses of a questionnaire and what counting them would do to the score.
 *
 * @param flagged responses with at least one reason (one response may have several)
 * @param reasons count per reason, every reason listed
 * @param without the score as published (flagged responses left out)
 * @param with the score if flagged responses were counted
 * @param waiting flagged responses no owner or admin has decided on yet (the others were rejected on review)
 */
public record FlaggedSummaryView(
        long flagged, List<ReasonCount> reasons, ScoreFigures without, ScoreFigures with, long waiting) {

    /** One reason and how many responses carry it. */
    public record ReasonCount(String reason, long count) {}

    /** IKM konversi with flagged minus without; null unless both have an IKM. */
    public Double ikmEffect() {
        return without.hasIkm() && with.hasIkm() ? with.ikmKonversi() - without.ikmKonversi() : null;
    }

    /** Benefit score with flagged minus without; null unless both have one. */
    public Double benefitEffect() {
        return without.hasBenefit() && with.hasBenefit() ? with.benefit() - without.benefit() : null;
    }
}
