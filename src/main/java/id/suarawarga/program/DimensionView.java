package id.suarawarga.program;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Smart City dimension with its sub-dimensions. */
@Schema(name = "Dimension", examples = """
        {"code":"GOVERNANCE","name":"Smart Governance","subDimensions":[
          {"code":"LAYANAN_PUBLIK","name":"Layanan Publik"},{"code":"KEBIJAKAN_PUBLIK","name":"Kebijakan Publik"},
          {"code":"TATA_KELOLA_BIROKRASI","name":"Tata Kelola Birokrasi"}]}""")
public record DimensionView(String code, String name, List<SubDimensionView> subDimensions) {

    /** A sub-dimension: the unit the evaluation's 50-respondent quota applies to. */
    @Schema(name = "SubDimension")
    public record SubDimensionView(
            @Schema(examples = "LAYANAN_PUBLIK") String code,
            @Schema(examples = "Layanan Publik") String name) {}

    static DimensionView of(SmartCityDimension dimension) {
        return new DimensionView(
                dimension.code,
                dimension.name,
                dimension.subDimensions.stream()
                        .map(s -> new SubDimensionView(s.code, s.name))
                        .toList());
    }
}
