package id.suarawarga.web.staff;

import id.suarawarga.export.SkmReport;
import id.suarawarga.insight.NumbersExplained;
import id.suarawarga.score.RegionScoreView;
import id.suarawarga.score.ScoreSummaryView;
import id.suarawarga.score.ScoreView;
import io.quarkus.qute.TemplateExtension;

/**
 * The figures in words on the dashboard and the printable report ({@code {score.ikm.words.meaning.id}}), all from
 * {@link NumbersExplained}, so every page says the same.
 */
@TemplateExtension
public final class StaffExplanations {

    private StaffExplanations() {}

    static NumbersExplained.IkmWords words(ScoreView.Ikm ikm) {
        return NumbersExplained.ikm(ikm.konversi(), ikm.konversiLow(), ikm.konversiHigh(), ikm.n());
    }

    static NumbersExplained.IkmWords words(SkmReport.Ikm ikm) {
        return NumbersExplained.ikm(ikm.konversi(), ikm.konversiLow(), ikm.konversiHigh(), ikm.n());
    }

    static NumbersExplained.Sufficiency sufficiency(ScoreView score) {
        return NumbersExplained.sufficiency(
                score.responses(),
                score.sample().quota(),
                score.sample().requiredSample(),
                score.sample().targetPopulation());
    }

    static NumbersExplained.Sufficiency sufficiency(ScoreSummaryView scores) {
        return NumbersExplained.sufficiency(
                scores.responses(),
                scores.sample().quota(),
                scores.sample().requiredSample(),
                scores.sample().targetPopulation());
    }

    static NumbersExplained.Sufficiency sufficiency(SkmReport.Summary summary) {
        return NumbersExplained.sufficiency(
                summary.responses(), summary.quota(), summary.requiredSample(), summary.targetPopulation());
    }

    /** A region's total: how many of its six dimensions and its programs have data. */
    static NumbersExplained.Words regionWords(RegionScoreView.Coverage c) {
        return coverage(c, c.dimensionsWithData(), c.dimensions(), "dimensi", "dimensions");
    }

    /** A dimension's total: how many of its sub-dimensions and programs have data. */
    static NumbersExplained.Words dimensionWords(RegionScoreView.Coverage c) {
        return coverage(c, c.subDimensionsWithData(), c.subDimensions(), "subdimensi", "sub-dimensions");
    }

    private static NumbersExplained.Words coverage(
            RegionScoreView.Coverage c, int withData, int parts, String partId, String partEn) {
        return NumbersExplained.coverage(
                withData,
                parts,
                partId,
                partEn,
                c.programsWithData(),
                c.programs(),
                c.subDimensionsAtQuota(),
                c.subDimensions(),
                c.complete());
    }
}
