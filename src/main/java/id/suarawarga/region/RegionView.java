package id.suarawarga.region;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as the API shows it. */
@Schema(name = "Region", examples = """
        {"code":"63.71","kind":"KOTA","name":"Kota Banjarmasin","province":"Kalimantan Selatan",
         "createdAt":"2024-01-15T02:00:00Z","updatedAt":"2024-01-15T02:00:00Z"}""")
public record RegionView(
        @Schema(description = "Kemendagri code.", examples = "63.71")
        String code,

        RegionKind kind,
        @Schema(examples = "Kota Banjarmasin") String name,
        @Schema(examples = "Kalimantan Selatan") String province,
        Instant createdAt,
        Instant updatedAt) {

    static RegionView of(Region region) {
        return new RegionView(
                region.code, region.kind, region.name, region.province, region.createdAt, region.updatedAt);
    }
}
