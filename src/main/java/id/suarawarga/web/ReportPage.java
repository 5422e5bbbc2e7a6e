package id.suarawarga.web;

import id.suarawarga.access.Roles;
import id.suarawarga.export.ReportService;
import id.suarawarga.export.SkmReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The printable SKM report of a questionnaire for program owners: the same figures as report.xlsx on one A4 page
 * layout that prints to PDF (no navigation in print, rows never split, program and date on every page).
 */
@Path("/dasbor/kuesioner/{questionnaireId}/laporan")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(SkmReport report, long questionnaireId, boolean includeFlagged);
    }

    private final ReportService reports;

    ReportPage(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged) {
        SkmReport report = reports.printable(questionnaireId, includeFlagged);
        return Response.ok(Templates.report(report, questionnaireId, includeFlagged))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Content-Language", "id")
                .build();
    }
}
