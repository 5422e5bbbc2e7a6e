package id.suarawarga.web.staff.importing;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.importing.ImportReport;
import id.suarawarga.importing.ImportService;
import id.suarawarga.importing.ImportUploadView;
import id.suarawarga.importing.MappingError;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionView;
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
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Importing answers from a file, for staff: upload a CSV or XLSX → check the suggested mapping of columns to questions
 * and of answer texts to options → dry run (every row's problems, nothing written) → import. Thin over
 * {@link ImportService}, the API's service: the page holds no rule of its own.
 */
@Path("/dasbor/kuesioner/{questionnaireId}/impor")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class ImportPage {

    /** Problems a page lists; the rest are counted. */
    static final int SHOWN_PROBLEMS = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(
                Viewer viewer, long questionnaireId, PublicQuestionnaire questionnaire, String error, String limit);

        static native TemplateInstance mapping(
                Viewer viewer,
                long questionnaireId,
                PublicQuestionnaire questionnaire,
                ImportUploadView upload,
                MappingForm form,
                List<QuestionView> questions);

        static native TemplateInstance report(
                Viewer viewer,
                long questionnaireId,
                PublicQuestionnaire questionnaire,
                ImportUploadView upload,
                MappingForm form,
                ImportReport report,
                List<id.suarawarga.importing.RowProblem> problems,
                int hidden,
                String label);

        static native TemplateInstance done(
                Viewer viewer,
                long questionnaireId,
                PublicQuestionnaire questionnaire,
                int rows,
                int stored,
                int already,
                int refused,
                String label);
    }

    private final ImportService imports;
    private final AccessScope scope;

    ImportPage(ImportService imports, AccessScope scope) {
        this.imports = imports;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response form(@PathParam("questionnaireId") long questionnaireId) {
        return StaffPages.page(Templates.upload(
                Viewer.of(scope), questionnaireId, imports.questionnaire(questionnaireId), null, limit()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response upload(@PathParam("questionnaireId") long questionnaireId, @RestForm("berkas") FileUpload file) {
        PublicQuestionnaire questionnaire = imports.questionnaire(questionnaireId);
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return uploadAgain(
                    questionnaireId,
                    questionnaire,
                    "Pilih berkas CSV atau Excel (.xlsx) terlebih dahulu. (Choose a CSV or .xlsx file first.)",
                    422);
        }
        ImportUploadView upload;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            upload = imports.upload(questionnaireId, file.fileName(), file.size(), in, scope.actor());
        } catch (ImportService.UnreadableUpload e) {
            return uploadAgain(questionnaireId, questionnaire, e.indonesian() + " (" + e.getMessage() + ")", 422);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.PAYLOAD_TOO_LARGE) {
                throw e;
            }
            return uploadAgain(
                    questionnaireId,
                    questionnaire,
                    "Berkas terlalu besar: batasnya " + limit() + ". Bagi menjadi beberapa berkas. (The file is larger"
                            + " than " + limit() + "; split it.)",
                    413);
        } catch (IOException e) {
            return uploadAgain(
                    questionnaireId, questionnaire, "Berkas tidak dapat dibaca. (The file cannot be read.)", 422);
        }
        return Response.seeOther(
                        UriBuilder.fromPath("/dasbor/kuesioner/{q}/impor/{id}").build(questionnaireId, upload.id()))
                .build();
    }

    @GET
    @Path("/{uploadId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response mapping(
            @PathParam("questionnaireId") long questionnaireId, @PathParam("uploadId") String uploadId) {
        PublicQuestionnaire questionnaire = imports.questionnaire(questionnaireId);
        ImportUploadView upload = imports.find(questionnaireId, ImportService.uploadId(uploadId));
        return mappingPage(questionnaireId, questionnaire, upload, MappingForm.suggested(upload, questionnaire), 200);
    }

    /** One form, three buttons: update the answer lists, dry run, import (from the dry run's page). */
    @POST
    @Path("/{uploadId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response step(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("uploadId") String uploadId,
            MultivaluedMap<String, String> fields) {
        PublicQuestionnaire questionnaire = imports.questionnaire(questionnaireId);
        UUID id = ImportService.uploadId(uploadId);
        ImportUploadView upload = imports.find(questionnaireId, id);
        MappingForm form = MappingForm.posted(upload, questionnaire, fields);
        String action = fields.getFirst("aksi") == null ? "" : fields.getFirst("aksi");
        if (action.equals("perbarui")) {
            return mappingPage(questionnaireId, questionnaire, upload, form, 200);
        }
        List<MappingError> errors = imports.check(questionnaireId, id, form.mapping());
        if (!errors.isEmpty()) {
            return mappingPage(questionnaireId, questionnaire, upload, form.withErrors(errors), 422);
        }
        if (action.equals("impor")) {
            ImportReport done = imports.run(questionnaireId, id, form.mapping());
            return Response.seeOther(UriBuilder.fromPath("/dasbor/kuesioner/{q}/impor/hasil")
                            .queryParam("baris", done.rows())
                            .queryParam("disimpan", done.stored())
                            .queryParam("sudah", done.alreadyImported())
                            .queryParam("ditolak", done.refused())
                            .queryParam("label", imports.label(form.mapping()))
                            .build(questionnaireId))
                    .build();
        }
        ImportReport report = imports.dryRun(questionnaireId, id, form.mapping());
        List<id.suarawarga.importing.RowProblem> shown =
                report.problems().stream().limit(SHOWN_PROBLEMS).toList();
        return StaffPages.page(Templates.report(
                Viewer.of(scope),
                questionnaireId,
                questionnaire,
                upload,
                form,
                report,
                shown,
                report.problems().size() - shown.size() + report.moreProblems(),
                imports.label(form.mapping())));
    }

    @GET
    @Path("/hasil")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response done(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("baris") int rows,
            @QueryParam("disimpan") int stored,
            @QueryParam("sudah") int already,
            @QueryParam("ditolak") int refused,
            @QueryParam("label") String label) {
        return StaffPages.page(Templates.done(
                Viewer.of(scope),
                questionnaireId,
                imports.questionnaire(questionnaireId),
                rows,
                stored,
                already,
                refused,
                label == null ? "" : label));
    }

    private Response mappingPage(
            long questionnaireId,
            PublicQuestionnaire questionnaire,
            ImportUploadView upload,
            MappingForm form,
            int status) {
        return Response.fromResponse(StaffPages.page(Templates.mapping(
                        Viewer.of(scope), questionnaireId, questionnaire, upload, form, questionnaire.questions())))
                .status(status)
                .build();
    }

    private Response uploadAgain(long questionnaireId, PublicQuestionnaire questionnaire, String error, int status) {
        return Response.fromResponse(StaffPages.page(
                        Templates.upload(Viewer.of(scope), questionnaireId, questionnaire, error, limit())))
                .status(status)
                .build();
    }

    private String limit() {
        return (imports.maxFileBytes() / (1024 * 1024)) + " MB";
    }
}
