package id.suarawarga.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes a region's descriptive fields; its code never changes. */
@Schema(name = "RegionUpdateRequest", examples = """
        {"kind":"KOTA","name":"Kota Banjarmasin","province":"Kalimantan Selatan"}""")
public record RegionUpdateRequest(
        @NotNull RegionKind kind,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String province) {}
