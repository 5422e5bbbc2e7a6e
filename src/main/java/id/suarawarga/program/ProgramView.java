package id.suarawarga.program;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as the API shows it. */
@Schema(name = "Program", examples = """
        {"id":1,"regionCode":"63.71","regionName":"Kota Banjarmasin","year":2024,"name":"Si Mantab","slug":"si-mantab",
         "agency":"DPMPTSP Kota Banjarmasin","dimension":{"code":"GOVERNANCE","name":"Smart Governance"},
         "subDimension":{"code":"LAYANAN_PUBLIK","name":"Layanan Publik"},
         "description":"Dokumen perizinan diantar gratis ke rumah pemohon.","targetPopulation":2000,
         "createdAt":"2024-01-15T02:00:00Z","updatedAt":"2024-01-15T02:00:00Z"}""")
public record ProgramView(
        Long id,
        String regionCode,
        String regionName,
        int year,
        String name,
        String slug,
        String agency,
        CodeName dimension,
        CodeName subDimension,
        String description,
        Integer targetPopulation,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When the program was archived (kept, no longer run); null while active.")
        Instant archivedAt) {

    /** A reference-data entry. */
    @Schema(name = "CodeName")
    public record CodeName(String code, String name) {}

    public boolean archived() {
        return archivedAt != null;
    }

    public static ProgramView of(Program p) {
        SmartCitySubDimension sub = p.subDimension;
        return new ProgramView(
                p.id,
                p.region.code,
                p.region.name,
                p.year,
                p.name,
                p.slug,
                p.agency,
                new CodeName(sub.dimension.code, sub.dimension.name),
                new CodeName(sub.code, sub.name),
                p.description,
                p.targetPopulation,
                p.createdAt,
                p.updatedAt,
                p.archivedAt);
    }
}
