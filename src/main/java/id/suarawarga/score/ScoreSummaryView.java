package id.suarawarga.score;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The headline figures of a program or a group of programs: n, IKM, benefit, provisional flag, sample progress. */
@Schema(name = "ScoreSummary")
public record ScoreSummaryView(
        @Schema(description = "Responses counted.") long responses,

        @Schema(
                description = "Read with care: fewer than 30 responses; for a region's or dimension's total also"
                        + " while any of its sub-dimensions is short of the quota (see coverage).")
        boolean provisional,

        ScoreView.Ikm ikm,
        ScoreView.Benefit benefit,
        ScoreView.Sample sample) {}
