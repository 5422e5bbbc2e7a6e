package id.suarawarga.score;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A region's resident-benefit summary for one year, per dimension and sub-dimension. Programs are combined
 * respondent-weighted: their respondents are pooled, so each program counts by how many residents answered it.
 */
@Schema(name = "RegionScores")
public record RegionScoreView(
        String regionCode,
        String regionName,
        int year,
        @Schema(description = "How programs are combined.") String method,
        ScoreSummaryView scores,
        List<Dimension> dimensions,
        Instant asOf) {

    /** One Smart City dimension. */
    public record Dimension(String code, String name, ScoreSummaryView scores, List<SubDimension> subDimensions) {}

    /** One sub-dimension, where the evaluation's 50-respondent quota applies. */
    public record SubDimension(String code, String name, List<Long> programIds, ScoreSummaryView scores) {}

    static final String METHOD = "Respondent-weighted: the respondents of all programs in the group are pooled (answers"
            + " per SKM element and impact aspect added up), so a program weighs by its number of respondents; IKM"
            + " and the benefit score are then computed on the pool exactly as for one questionnaire, with t intervals"
            + " over the pooled respondent means. Flagged responses are left out unless includeFlagged=true.";
}
