package id.suarawarga.web.staff.field;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.field.PaperEntryService;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The paper version of a questionnaire, to print on A4 for places without signal: a response number box and a
 * batch line at the top, every option with a box and the number the entry screen asks for.
 */
@Path("/dasbor/kuesioner/{questionnaireId}/kertas")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.ENUMERATOR})
public class PaperFormPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance print(
                Viewer viewer, long questionnaireId, PublicQuestionnaire questionnaire, List<PaperQuestion> questions);
    }

    private final PaperEntryService paper;
    private final AccessScope scope;

    PaperFormPage(PaperEntryService paper, AccessScope scope) {
        this.paper = paper;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response print(@PathParam("questionnaireId") long questionnaireId) {
        PublicQuestionnaire questionnaire = paper.printable(questionnaireId);
        return html(Templates.print(Viewer.of(scope), questionnaireId, questionnaire, PaperQuestion.of(questionnaire)));
    }

    static Response html(TemplateInstance page) {
        return Response.ok(page.setAttribute("locale", Locale.forLanguageTag("id")))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Content-Language", "id")
                .build();
    }
}
