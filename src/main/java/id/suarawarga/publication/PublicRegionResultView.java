package id.suarawarga.publication;

import id.suarawarga.program.ProgramView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region's published results of one year: each program with its IKM (only programs whose results are public). */
@Schema(name = "PublicRegionResults")
public record PublicRegionResultView(
        @Schema(examples = "63.71") String regionCode,
        @Schema(examples = "Kota Banjarmasin") String regionName,
        @Schema(examples = "2024") int year,

        @Schema(description = "Fewest respondents a score is shown for.", examples = "5")
        int minimumResponses,

        @Schema(description = "Programs with public results, by dimension and sub-dimension.")
        List<ProgramResult> programs,

        @Schema(description = "When these figures were read.")
        Instant asOf) {

    /** One program's headline figures. */
    @Schema(name = "PublicProgramSummary")
    public record ProgramResult(
            @Schema(examples = "si-mantab") String slug,
            @Schema(examples = "Si Mantab") String name,
            @Schema(examples = "DPMPTSP Kota Banjarmasin") String agency,
            ProgramView.CodeName dimension,
            ProgramView.CodeName subDimension,

            @Schema(description = "Responses counted.", examples = "55")
            long responses,

            @Schema(description = "Fewer than 5 respondents: no score shown.", examples = "false")
            boolean suppressed,

            @Schema(description = "IKM; null when suppressed or not asked.")
            PublicProgramResultView.PublicIkm ikm,

            @Schema(description = "Benefit score; null when suppressed or not asked.")
            PublicProgramResultView.PublicBenefit benefit,

            @Schema(description = "The program's results page (relative URL).", examples = "/hasil/program/si-mantab")
            String page) {}
}
