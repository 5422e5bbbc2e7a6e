package id.suarawarga.importing;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.problem.Problem;
import id.suarawarga.common.problem.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of answers from CSV or XLSX files: upload, dry run, import (channel IMPORT, exactly once per row). */
@Path("/api/v1/questionnaires/{questionnaireId}/imports")
@Tag(name = "Imports", description = "Answers imported from CSV or XLSX files (e.g. a Google Forms export).")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final AccessScope scope;

    ImportResource(ImportService imports, AccessScope scope) {
        this.imports = imports;
        this.scope = scope;
    }

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "uploadImportFile",
            summary = "Upload a CSV or XLSX file to import",
            description = "The body is the file itself (Content-Type text/csv, the XLSX type, or"
                    + " application/octet-stream; the format is told from the content). The first row holds the column"
                    + " headers; CSV may be separated by ; , or tab, in UTF-8 (with or without BOM) or Windows-1252. The"
                    + " answer lists each column with its distinct answers and a suggested mapping. Nothing is imported"
                    + " yet; the file is kept for a day at most and deleted once imported. A file above suara.importing.max-file-size"
                    + " (10 MB by default) is refused with 413.")
    @RequestBody(content = {@Content(mediaType = "text/csv"), @Content(mediaType = XLSX)})
    @APIResponse(
            responseCode = "201",
            description = "Kept; Location points at the upload.",
            content = @Content(schema = @Schema(implementation = ImportUploadView.class)))
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(
            responseCode = "403",
            description = "Not allowed, or the questionnaire is not open yet (/problems/forbidden,"
                    + " /problems/questionnaire-not-open).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "Closed or replaced (/problems/questionnaire-closed).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The file cannot be read as a table (/problems/validation-failed, at /file).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(
            @PathParam("questionnaireId") long questionnaireId,
            @Parameter(description = "The file's name, as the staff pages show it.", example = "jawaban-gform.xlsx")
                    @QueryParam("fileName")
                    String fileName,
            @HeaderParam("Content-Length") Long length,
            InputStream body) {
        ImportUploadView upload =
                imports.upload(questionnaireId, fileName, length == null ? 0 : length, body, scope.actor());
        return Response.created(UriBuilder.fromPath("/api/v1/questionnaires/{q}/imports/{id}")
                        .build(questionnaireId, upload.id()))
                .entity(upload)
                .build();
    }

    @GET
    @Path("/{uploadId}")
    @Operation(
            operationId = "getImportUpload",
            summary = "An uploaded file waiting to be imported",
            description = "Its columns, their distinct answers and the suggested mapping.")
    @APIResponse(
            responseCode = "200",
            description = "The upload.",
            content = @Content(schema = @Schema(implementation = ImportUploadView.class)))
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public ImportUploadView get(
            @PathParam("questionnaireId") long questionnaireId, @PathParam("uploadId") String uploadId) {
        return imports.find(questionnaireId, ImportService.uploadId(uploadId));
    }

    @POST
    @Path("/{uploadId}/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "dryRunImport",
            summary = "Check every row without importing",
            description = "Each row is checked exactly as the import checks it (the same validation as every channel);"
                    + " every problem is named by row (as the spreadsheet numbers it: the header is row 1), column and"
                    + " question, in Bahasa Indonesia and English. Nothing is written.")
    @APIResponse(
            responseCode = "200",
            description = "The report.",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(
            responseCode = "422",
            description = "The mapping is wrong: an unknown question or column, a question mapped twice, a required"
                    + " question left out (/problems/validation-failed).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport dryRun(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("uploadId") String uploadId,
            @Valid @NotNull ImportMappingRequest mapping) {
        return imports.dryRun(questionnaireId, ImportService.uploadId(uploadId), mapping.toMapping());
    }

    @POST
    @Path("/{uploadId}/run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "runImport",
            summary = "Import the rows",
            description = "Every row that passes is stored as a response of channel IMPORT with the label as its"
                    + " source tag, through the same validation and write path as every channel. A row's fingerprint"
                    + " (a keyed hash of the questionnaire and the row, or of its ID column) is its idempotency key: a"
                    + " row imported before is counted in alreadyImported and not stored again. The import is audited"
                    + " and the file deleted; when the database fails midway (503) run a new upload of the same file:"
                    + " it stores the rest.")
    @APIResponse(
            responseCode = "200",
            description = "The report.",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(
            responseCode = "422",
            description = "The mapping is wrong (/problems/validation-failed).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport run(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("uploadId") String uploadId,
            @Valid @NotNull ImportMappingRequest mapping) {
        return imports.run(questionnaireId, ImportService.uploadId(uploadId), mapping.toMapping());
    }

    @DELETE
    @Path("/{uploadId}")
    @Operation(operationId = "discardImportUpload", summary = "Forget an uploaded file without importing it")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public void discard(@PathParam("questionnaireId") long questionnaireId, @PathParam("uploadId") String uploadId) {
        imports.discard(questionnaireId, ImportService.uploadId(uploadId));
    }
}
