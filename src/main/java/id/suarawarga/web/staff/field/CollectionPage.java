package id.suarawarga.web.staff.field;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.field.CollectionService;
import id.suarawarga.response.Channel;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How a questionnaire's responses came in: per channel (web, kiosk, interview, paper …) and per field officer. */
@Path("/dasbor/kuesioner/{questionnaireId}/pengumpulan")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
public class CollectionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance collection(
                Viewer viewer, long questionnaireId, CollectionService.CollectionView collection);
    }

    private final CollectionService collections;
    private final AccessScope scope;

    CollectionPage(CollectionService collections, AccessScope scope) {
        this.collections = collections;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(@PathParam("questionnaireId") long questionnaireId) {
        return PaperFormPage.html(
                Templates.collection(Viewer.of(scope), questionnaireId, collections.collection(questionnaireId)));
    }

    /** A channel as staff call it. */
    @TemplateExtension
    static String label(Channel channel) {
        return switch (channel) {
            case WEB -> "Formulir warga (tautan, QR)";
            case API -> "Aplikasi (API)";
            case KIOSK -> "Kios di loket";
            case ENUMERATOR -> "Wawancara petugas";
            case PAPER -> "Formulir kertas";
            case IMPORT -> "Impor berkas";
        };
    }
}
