package id.suarawarga.web.staff.rounds;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.problem.Problem;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.region.RegionService;
import id.suarawarga.region.RegionView;
import id.suarawarga.round.RoundRequest;
import id.suarawarga.round.RoundService;
import id.suarawarga.round.RoundView;
import id.suarawarga.web.staff.StaffPages;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A region's evaluation rounds (tahap) for its admin: the list, a new round, a round changed or deleted; thin over
 * {@link RoundService}, the API's service, so the rules (days in the year, no overlap, unique name) and the audit are
 * the same. A form that breaks a rule comes back with what was typed and the reason at the field.
 */
@Path("/dasbor/tahap/{regionCode}")
@RolesAllowed(Roles.ADMIN)
public class RoundsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(
                Viewer viewer, RegionView region, List<RoundView> rounds, RoundForm form, String saved);

        static native TemplateInstance edit(Viewer viewer, RegionView region, RoundView round, RoundForm form);
    }

    private final RoundService rounds;
    private final RegionService regions;
    private final AccessScope scope;

    RoundsPage(RoundService rounds, RegionService regions, AccessScope scope) {
        this.rounds = rounds;
        this.regions = regions;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(
            @PathParam("regionCode") String regionCode,
            @QueryParam("disimpan") String saved,
            @QueryParam("tahun") String year) {
        String message = "1".equals(saved) ? "Tahap disimpan." : "2".equals(saved) ? "Tahap dihapus." : null;
        return StaffPages.page(Templates.rounds(
                Viewer.of(scope),
                regions.get(regionCode),
                rounds.list(regionCode, null),
                RoundForm.empty(
                        year != null && year.matches("20[0-9]{2}")
                                ? Integer.parseInt(year)
                                : Year.now().getValue()),
                message));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response create(@PathParam("regionCode") String regionCode, MultivaluedMap<String, String> fields) {
        RoundForm form = RoundForm.of(fields);
        RoundRequest request = form.request();
        if (request != null) {
            try {
                rounds.create(regionCode, request);
                return saved(regionCode, "1&tahun=" + request.year());
            } catch (ProblemException e) {
                rejected(form, e);
            }
        }
        return status(
                form,
                Templates.rounds(Viewer.of(scope), regions.get(regionCode), rounds.list(regionCode, null), form, null));
    }

    @GET
    @Path("/{roundId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response edit(@PathParam("regionCode") String regionCode, @PathParam("roundId") long roundId) {
        RoundView round = rounds.get(regionCode, roundId);
        return StaffPages.page(Templates.edit(Viewer.of(scope), regions.get(regionCode), round, RoundForm.of(round)));
    }

    @POST
    @Path("/{roundId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response update(
            @PathParam("regionCode") String regionCode,
            @PathParam("roundId") long roundId,
            MultivaluedMap<String, String> fields) {
        RoundView round = rounds.get(regionCode, roundId);
        RoundForm form = RoundForm.of(fields);
        RoundRequest request = form.request();
        if (request != null) {
            try {
                rounds.update(regionCode, roundId, request);
                return saved(regionCode, "1&tahun=" + request.year());
            } catch (ProblemException e) {
                rejected(form, e);
            }
        }
        return status(form, Templates.edit(Viewer.of(scope), regions.get(regionCode), round, form));
    }

    @POST
    @Path("/{roundId}/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response delete(@PathParam("regionCode") String regionCode, @PathParam("roundId") long roundId) {
        RoundView round = rounds.get(regionCode, roundId);
        rounds.delete(regionCode, roundId);
        return saved(regionCode, "2&tahun=" + round.year());
    }

    private static Response saved(String regionCode, String what) {
        return Response.seeOther(URI.create("/dasbor/tahap/" + regionCode + "?disimpan=" + what))
                .build();
    }

    /** The service's reason in words, at the field it is about. */
    private static void rejected(RoundForm form, ProblemException e) {
        if (e.type() == ProblemType.VALIDATION_FAILED && e.errors() != null) {
            for (Problem.FieldError error : e.errors()) {
                String field =
                        error.pointer() == null ? "name" : error.pointer().substring(1);
                form.reject(
                        field,
                        field.equals("endsOn") && error.detail().startsWith("must not")
                                ? "Tanggal selesai tidak boleh sebelum tanggal mulai."
                                : "Tanggal harus jatuh pada tahun evaluasi yang dipilih.");
            }
        } else if (e.type() == ProblemType.ALREADY_EXISTS) {
            boolean overlap = e.getMessage().startsWith("The days overlap");
            form.reject(
                    overlap ? "startsOn" : "name",
                    overlap
                            ? "Tanggalnya bertumpang tindih dengan tahap lain di tahun ini; setiap jawaban hanya masuk"
                                    + " satu tahap."
                            : "Nama tahap ini sudah dipakai di tahun ini; pilih nama lain.");
        } else {
            throw e;
        }
    }

    private static Response status(RoundForm form, TemplateInstance page) {
        return Response.fromResponse(StaffPages.page(page))
                .status(form.invalid() ? 422 : 200)
                .build();
    }
}
