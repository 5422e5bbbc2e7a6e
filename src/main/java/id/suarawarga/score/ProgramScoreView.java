package id.suarawarga.score;

import id.suarawarga.program.ProgramView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One program's resident-perceived scores, from its current public questionnaire version. */
@Schema(name = "ProgramScores")
public record ProgramScoreView(
        long programId,
        String slug,
        String name,
        String agency,
        String regionCode,
        int year,
        ProgramView.CodeName dimension,
        ProgramView.CodeName subDimension,
        @Schema(description = "The questionnaire the figures come from; absent when nothing was published.") Long questionnaireId,
        Integer questionnaireVersion,
        ScoreSummaryView scores,
        Instant asOf) {}
