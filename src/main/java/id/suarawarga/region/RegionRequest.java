package id.suarawarga.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a region. */
@Schema(name = "RegionRequest", examples = """
        {"code":"63.71","kind":"KOTA","name":"Kota Banjarmasin","province":"Kalimantan Selatan"}""")
public record RegionRequest(
        @NotNull
        @Pattern(regexp = "[0-9]{2}\\.[0-9]{2}", message = "must be a Kemendagri code such as 63.71")
        @Schema(
                description = "Kemendagri code of the kabupaten/kota: two digits for the province, a dot, two digits.",
                examples = "63.71")
        String code,

        @NotNull RegionKind kind,

        @NotBlank @Size(max = 120) @Schema(examples = "Kota Banjarmasin")
        String name,

        @NotBlank @Size(max = 120) @Schema(examples = "Kalimantan Selatan")
        String province) {}
