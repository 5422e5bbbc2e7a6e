package id.suarawarga.score;

import id.suarawarga.program.ProgramView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One program's resident-perceived scores, from its current public questionnaire version. */
@Schema(name = "ProgramScores", examples = """
        {"programId":1,"slug":"si-mantab","name":"Si Mantab","agency":"DPMPTSP Kota Banjarmasin","regionCode":"63.71",
         "year":2024,"dimension":{"code":"GOVERNANCE","name":"Smart Governance"},
         "subDimension":{"code":"LAYANAN_PUBLIK","name":"Layanan Publik"},"questionnaireId":1,"questionnaireVersion":1,
         "scores":{"responses":96,"provisional":false,
           "ikm":{"value":3.28,"konversi":82.0,"category":"B","categoryLabel":"Baik","konversiLow":80.1,"konversiHigh":83.9,
                  "n":96,"provisional":false,"index":3.28},
           "benefit":{"value":3.41,"low":3.3,"high":3.52,"n":96,"provisional":false,"index":3.41},
           "sample":{"targetPopulation":2000,"requiredSample":322,"quota":50,"requiredProgress":0.298,"quotaProgress":1.92}},
         "asOf":"2024-09-30T08:00:00Z"}""")
public record ProgramScoreView(
        long programId,
        String slug,
        String name,
        String agency,
        String regionCode,
        int year,
        ProgramView.CodeName dimension,
        ProgramView.CodeName subDimension,

        @Schema(description = "The questionnaire the figures come from; absent when nothing was published.")
        Long questionnaireId,

        Integer questionnaireVersion,
        ScoreSummaryView scores,
        Instant asOf) {}
