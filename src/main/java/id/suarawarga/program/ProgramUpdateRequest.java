package id.suarawarga.program;

import id.suarawarga.common.text.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Replaces a program's editable fields; region and year never change. */
@Schema(name = "ProgramUpdateRequest", examples = """
        {"name":"Si Mantab","slug":"si-mantab","agency":"DPMPTSP Kota Banjarmasin","subDimension":"LAYANAN_PUBLIK",
         "description":"Dokumen perizinan diantar gratis ke rumah pemohon.","targetPopulation":2500}""")
public record ProgramUpdateRequest(
        @NotBlank @Size(max = 160) String name,

        @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens")
        @Schema(description = "Omit to keep the current slug. Cannot change once a questionnaire was published.")
        String slug,

        @NotBlank @Size(max = 200) String agency,
        String dimension,

        @NotBlank @Schema(description = "Cannot change once a questionnaire was published.")
        String subDimension,

        @Size(max = 4000) String description,
        @Positive Integer targetPopulation) {}
