package id.suarawarga.web.staff.evidence;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.evidence.EvidencePack;
import id.suarawarga.evidence.EvidencePackService;
import id.suarawarga.round.RoundService;
import id.suarawarga.round.RoundView;
import id.suarawarga.score.ScoreFilters;
import id.suarawarga.web.staff.StaffPages;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The evidence pack of a region's year (or one round) as a printable page, beside its XLSX download: the same pack
 * the API writes ({@link EvidencePackService}). For the region's admin and evaluators, as the XLSX.
 */
@Path("/dasbor/bukti-dukung/{regionCode}/{year}")
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
public class EvidencePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pack(Viewer viewer, EvidencePack pack, List<RoundView> rounds, String xlsx);
    }

    private final EvidencePackService packs;
    private final RoundService rounds;
    private final ScoreFilters filters;
    private final AccessScope scope;

    EvidencePage(EvidencePackService packs, RoundService rounds, ScoreFilters filters, AccessScope scope) {
        this.packs = packs;
        this.rounds = rounds;
        this.filters = filters;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(
            @PathParam("regionCode") String regionCode,
            @PathParam("year") int year,
            @QueryParam("tahap") String round) {
        EvidencePack pack = packs.pack(regionCode, year, filters.parse(round, List.of()));
        String xlsx = "/api/v1/evidence/" + regionCode + "/" + year + "/pack.xlsx"
                + (pack.round() == null ? "" : "?round=" + pack.round().id());
        return StaffPages.page(Templates.pack(Viewer.of(scope), pack, rounds.list(regionCode, year), xlsx));
    }
}
