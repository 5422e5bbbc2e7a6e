package id.suarawarga.program;

import id.suarawarga.common.text.Slugs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a Quick Win program. */
@Schema(name = "ProgramRequest", examples = """
        {"regionCode":"63.71","year":2024,"name":"Si Mantab","agency":"DPMPTSP Kota Banjarmasin",
         "subDimension":"LAYANAN_PUBLIK","description":"Dokumen perizinan diantar gratis ke rumah pemohon.",
         "targetPopulation":2000}""")
public record ProgramRequest(
        @NotNull
        @Pattern(regexp = "[0-9]{2}\\.[0-9]{2}", message = "must be a Kemendagri code such as 63.71")
        @Schema(examples = "63.71")
        String regionCode,

        @NotNull @Min(2017) @Max(2100) @Schema(description = "Evaluation year.", examples = "2024")
        Integer year,

        @NotBlank @Size(max = 160) @Schema(examples = "Si Mantab")
        String name,

        @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens")
        @Schema(
                description =
                        "Public URL key; derived from the name when omitted. Frozen once a questionnaire is published.",
                examples = "si-mantab")
        String slug,

        @NotBlank @Size(max = 200) @Schema(description = "Owning agency (OPD).", examples = "DPMPTSP Kota Banjarmasin")
        String agency,

        @Schema(
                description = "Dimension code; optional, must match the sub-dimension's when given.",
                examples = "GOVERNANCE")
        String dimension,

        @NotBlank @Schema(description = "Sub-dimension code, see GET /api/v1/dimensions.", examples = "LAYANAN_PUBLIK")
        String subDimension,

        @Size(max = 4000) String description,

        @Positive @Schema(description = "People the program serves; sets the required sample size.", examples = "2000")
        Integer targetPopulation) {}
