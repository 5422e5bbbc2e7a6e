package id.suarawarga.score;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A region's resident-benefit summary for one year, per dimension and sub-dimension. Programs are combined
 * respondent-weighted: their respondents are pooled, so each program counts by how many residents answered it.
 */
@Schema(name = "RegionScores", examples = """
        {"regionCode":"63.71","regionName":"Kota Banjarmasin","year":2024,"method":"Respondent-weighted: ...",
         "scores":{"responses":412,"provisional":true,
           "ikm":{"value":3.21,"konversi":80.25,"category":"B","categoryLabel":"Baik","konversiLow":79.1,"konversiHigh":81.4,
                  "n":412,"provisional":false,"index":3.21},
           "benefit":{"value":3.3,"low":3.24,"high":3.36,"n":412,"provisional":false,"index":3.3},
           "sample":{"targetPopulation":37800,"requiredSample":381,"quota":50,"requiredProgress":1.08,"quotaProgress":8.24}},
         "coverage":{"dimensions":6,"dimensionsWithData":6,"subDimensions":18,"subDimensionsWithData":16,
           "subDimensionsAtQuota":7,"programs":18,"programsWithData":16,"complete":false},
         "dimensions":[{"code":"GOVERNANCE","name":"Smart Governance","scores":{"responses":96,"provisional":true},
           "coverage":{"dimensions":1,"dimensionsWithData":1,"subDimensions":3,"subDimensionsWithData":1,
             "subDimensionsAtQuota":1,"programs":1,"programsWithData":1,"complete":false},
           "subDimensions":[{"code":"LAYANAN_PUBLIK","name":"Layanan Publik","programIds":[1],
             "questionnaires":[{"programId":1,"questionnaireId":1,"version":1}],"scores":{"responses":96,"provisional":false}}]}],
         "asOf":"2024-09-30T08:00:00Z"}""")
public record RegionScoreView(
        String regionCode,
        String regionName,
        int year,
        @Schema(description = "How programs are combined.") String method,
        ScoreSummaryView scores,
        Coverage coverage,
        List<Dimension> dimensions,
        Instant asOf) {

    /** One Smart City dimension. */
    @Schema(name = "DimensionScores")
    public record Dimension(
            String code, String name, ScoreSummaryView scores, Coverage coverage, List<SubDimension> subDimensions) {}

    /**
     * How much of a total (a region's year or one dimension) has data: the evaluation wants every sub-dimension's
     * quota met, so a total is provisional until it is ({@link #complete}).
     */
    @Schema(name = "Coverage")
    public record Coverage(
            int dimensions,
            int dimensionsWithData,
            int subDimensions,
            int subDimensionsWithData,
            int subDimensionsAtQuota,
            int programs,
            int programsWithData,
            boolean complete) {

        /** The coverage of sub-dimensions given as [dimension index, responses, programs, programs with data]. */
        static Coverage of(List<long[]> subDimensions, long quota) {
            java.util.Set<Long> dimensions = new java.util.HashSet<>();
            java.util.Set<Long> dimensionsWithData = new java.util.HashSet<>();
            int withData = 0;
            int atQuota = 0;
            long programs = 0;
            long programsWithData = 0;
            for (long[] sub : subDimensions) {
                dimensions.add(sub[0]);
                if (sub[1] > 0) {
                    withData++;
                    dimensionsWithData.add(sub[0]);
                }
                if (sub[1] >= quota) {
                    atQuota++;
                }
                programs += sub[2];
                programsWithData += sub[3];
            }
            return new Coverage(
                    dimensions.size(),
                    dimensionsWithData.size(),
                    subDimensions.size(),
                    withData,
                    atQuota,
                    (int) programs,
                    (int) programsWithData,
                    !subDimensions.isEmpty() && atQuota == subDimensions.size());
        }
    }

    /** One sub-dimension, where the evaluation's 50-respondent quota applies. */
    @Schema(name = "SubDimensionScores")
    public record SubDimension(
            String code,
            String name,
            List<Long> programIds,

            @Schema(description = "The questionnaire version each program's figures come from.")
            List<QuestionnaireRef> questionnaires,

            ScoreSummaryView scores) {}

    /** Which questionnaire version a program's figures come from. */
    @Schema(name = "QuestionnaireRef")
    public record QuestionnaireRef(long programId, long questionnaireId, int version) {}

    static final String METHOD = "Respondent-weighted: the respondents of all programs in the group are pooled (answers"
            + " per SKM element and impact aspect added up), so a program weighs by its number of respondents; IKM"
            + " and the benefit score are then computed on the pool exactly as for one questionnaire, with t intervals"
            + " over the pooled respondent means. Flagged responses are left out unless includeFlagged=true. A region's"
            + " or dimension's total is provisional until every sub-dimension in it has reached the quota (coverage),"
            + " as well as below 30 responses.";
}
