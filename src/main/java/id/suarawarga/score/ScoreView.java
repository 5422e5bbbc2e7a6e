package id.suarawarga.score;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A questionnaire's scores for program owners and the evaluation: unrounded values, n and 95% intervals everywhere.
 * The index values are the resident-perceived part of Impact on the evaluation's index scale (1–4).
 */
@Schema(name = "QuestionnaireScores")
public record ScoreView(
        long questionnaireId,
        long programId,
        int questionnaireVersion,

        @Schema(description = "Whether flagged (suspect) responses are counted; false by default.")
        boolean includeFlagged,

        @Schema(description = "Responses counted.") long responses,

        @Schema(description = "Fewer than 30 responses: read with care.")
        boolean provisional,

        @Schema(description = "IKM (SKM, PermenPANRB 14/2017); absent when no SKM element was answered.")
        Ikm ikm,

        @Schema(description = "Benefit (impact) score on the 1–4 basis; absent when no impact question was answered.")
        Benefit benefit,

        List<Element> elements,

        @Schema(description = "SKM elements from the lowest NRR up (the first three).")
        List<String> lowestElements,

        List<Question> questions,
        Sample sample,

        @Schema(description = "When these figures were read.")
        Instant asOf) {

    /** IKM with konversi, category and interval. */
    @Schema(name = "Ikm")
    public record Ikm(
            double value,
            double konversi,
            String category,
            String categoryLabel,
            Double konversiLow,
            Double konversiHigh,
            long n,
            boolean provisional,
            double index) {}

    /** The benefit score. */
    @Schema(name = "Benefit")
    public record Benefit(double value, Double low, Double high, long n, boolean provisional, double index) {}

    /** One SKM element. */
    @Schema(name = "ElementScore")
    public record Element(String element, String question, long n, double nrr, double konversi, String category) {}

    /** One scored question. */
    @Schema(name = "QuestionScore")
    public record Question(
            String code,
            String tag,
            int scalePoints,
            long n,
            Double mean,
            Double low,
            Double high,
            List<Long> distribution,
            Double topTwoBox,
            Double topTwoBoxLow,
            Double topTwoBoxHigh) {}

    /** Sample size and the Smart City quota. */
    @Schema(name = "Sample")
    public record Sample(
            Integer targetPopulation, Long requiredSample, long quota, Double requiredProgress, double quotaProgress) {}
}
