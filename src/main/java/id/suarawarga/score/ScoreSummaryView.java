package id.suarawarga.score;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The headline figures of a program or a group of programs: n, IKM, benefit, provisional flag, sample progress. */
@Schema(name = "ScoreSummary")
public record ScoreSummaryView(
        @Schema(description = "Responses counted.") long responses,
        @Schema(description = "Fewer than 30 responses.") boolean provisional,
        ScoreView.Ikm ikm,
        ScoreView.Benefit benefit,
        ScoreView.Sample sample) {}
