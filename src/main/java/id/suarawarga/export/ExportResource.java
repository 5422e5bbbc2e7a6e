package id.suarawarga.export;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Downloads for admins and program owners: anonymised responses (CSV, XLSX) and the SKM report (XLSX). A questionnaire
 * outside the caller's programs or region is a 404 (the scope filter reads {@code questionnaireId}).
 */
@Path("/api/v1/questionnaires/{questionnaireId}")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
@Tag(name = "Exports", description = "Anonymised responses and the SKM report as files, streamed.")
public class ExportResource {

    private final ExportService exports;
    private final ReportService reports;

    ExportResource(ExportService exports, ReportService reports) {
        this.exports = exports;
        this.reports = reports;
    }

    @GET
    @Path("/responses.csv")
    @Produces("text/csv")
    @Operation(
            operationId = "exportResponsesCsv",
            summary = "Anonymised responses as CSV",
            description = "RFC 4180, UTF-8 with BOM; one row per response, oldest first: running number, submitted date"
                    + " (day, in suara.time-zone), channel, source tag (the k of a channel-tagged link, empty without one),"
                    + " language, flagged, flag reasons, counted (whether it counts"
                    + " in the scores), count_reason (NOT_FLAGGED, WAITING_REVIEW, COUNTED_ON_REVIEW or"
                    + " REJECTED_ON_REVIEW), review_note, one column per question"
                    + " (header = question code; Likert and numbers as numbers, choices as their Indonesian label), free-text"
                    + " answers last. No identifiers or hashes. Cells that look like formulas are prefixed with an apostrophe."
                    + " By default only the rows that count (as on the dashboard); includeFlagged=true adds the"
                    + " others.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file (attachment).",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            examples =
                                                    "no,submitted_date (Asia/Jakarta),channel,source_tag,language,flagged,"
                                                            + "flag_reasons,counted,count_reason,review_note,USIA,U1,...,SARAN\r\n"
                                                            + "1,2024-05-02,WEB,loket-1,id,false,,true,NOT_FLAGGED,,25–34 tahun,3,...,Antrian lebih cepat")))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response csv(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged) {
        return download(exports.csv(questionnaireId, includeFlagged));
    }

    @GET
    @Path("/responses.xlsx")
    @Produces(ExportFile.XLSX)
    @Operation(
            operationId = "exportResponsesXlsx",
            summary = "Anonymised responses as an Excel workbook",
            description = "The same columns as the CSV in sheet \"Jawaban\" (dates as dates, numbers as numbers); past"
                    + " Excel's 1,048,575 rows a sheet the rows go on in \"Jawaban 2\".")
    @APIResponse(
            responseCode = "200",
            description = "The XLSX file (attachment).",
            content =
                    @Content(
                            mediaType = ExportFile.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response xlsx(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged) {
        return download(exports.xlsx(questionnaireId, includeFlagged));
    }

    @GET
    @Path("/report.xlsx")
    @Produces(ExportFile.XLSX)
    @Operation(
            operationId = "exportSkmReportXlsx",
            summary = "The SKM report as an Excel workbook",
            description = "Sheets Ringkasan (program, questionnaire, period, n, minimum sample, IKM on 1–4, konversi,"
                    + " category, 95% interval, index scale), Unsur (NRR per element), Profil (counts per band; under 5"
                    + " shown as \"< 5\") and Komentar. Figures from the score engine; flagged responses left out unless"
                    + " includeFlagged=true.")
    @APIResponse(
            responseCode = "200",
            description = "The XLSX file (attachment).",
            content =
                    @Content(
                            mediaType = ExportFile.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response report(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged) {
        return download(reports.workbook(questionnaireId, includeFlagged));
    }

    private static Response download(ExportFile file) {
        return file.attachment();
    }
}
