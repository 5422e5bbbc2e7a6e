package id.suarawarga.evidence;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.export.ExportFile;
import id.suarawarga.score.ScoreFilters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evidence pack (bukti dukung) as XLSX, for whoever may read the region's scores: the region's admin, evaluators
 * and API clients of the region. Program owners see only their programs, so they do not get a region's pack (403).
 */
@Path("/api/v1/evidence/{regionCode}/{year}/pack.xlsx")
@Tag(name = "Evaluation scores")
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.API_CLIENT})
public class EvidenceResource {

    private final EvidencePackService packs;
    private final ScoreFilters filters;

    EvidenceResource(EvidencePackService packs, ScoreFilters filters) {
        this.packs = packs;
        this.filters = filters;
    }

    @GET
    @Produces(ExportFile.XLSX)
    @Operation(
            operationId = "getEvidencePackXlsx",
            summary = "The evidence pack (bukti dukung) of a region's year as XLSX",
            description =
                    "Sheets Ringkasan (region, year, round, period, n, IKM with category and interval), Rekap (one"
                            + " row for the region, each dimension, sub-dimension and program: n against the quota of 50 per"
                            + " sub-dimension, IKM and konversi with category and 95% interval, benefit score, questionnaire"
                            + " version, first and last response, responses per channel) and Metode (formulas, categories,"
                            + " flagged responses, interval, pooling, suppression). n and IKM equal getRegionScores and"
                            + " listProgramScores for the same region, year and round; flagged responses are left out.")
    @APIResponse(
            responseCode = "200",
            description = "The XLSX file (attachment).",
            content =
                    @Content(
                            mediaType = ExportFile.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ApiProblems.MALFORMED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response xlsx(
            @PathParam("regionCode") @Parameter(example = "63.71") String regionCode,
            @PathParam("year") @Parameter(example = "2024") int year,
            @QueryParam("round")
                    @Parameter(
                            description = "Only the responses of this round of the region's year (its id); without it,"
                                    + " the whole year.",
                            example = "3")
                    String round) {
        return packs.workbook(regionCode, year, filters.parse(round, List.of())).attachment();
    }
}
