package id.suarawarga.web;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** QR codes of a program's public link, for the poster at the service counter. */
@Path("/s/{slug}")
@Tag(name = "Public: pages")
@PermitAll
public class SurveyPoster {

    private static final int DEFAULT_PNG_SCALE = 10;

    private final PublicQuestionnaires questionnaires;
    private final PublicLinks links;
    private final SuaraConfig config;

    SurveyPoster(PublicQuestionnaires questionnaires, PublicLinks links, SuaraConfig config) {
        this.questionnaires = questionnaires;
        this.links = links;
        this.config = config;
    }

    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getSurveyQrCodeSvg", summary = "QR code of the questionnaire's link (SVG)")
    public Response svg(@PathParam("slug") String slug, @Context UriInfo uri) {
        return qr(slug, uri, QrCodes::svg, "image/svg+xml", "svg");
    }

    @GET
    @Path("/qr.png")
    @Produces("image/png")
    @Operation(
            operationId = "getSurveyQrCodePng",
            summary = "QR code of the questionnaire's link (PNG, 10 px per module by default, up to 40)")
    public Response png(@PathParam("slug") String slug, @QueryParam("scale") Integer scale, @Context UriInfo uri) {
        int pixels = scale == null ? DEFAULT_PNG_SCALE : Math.max(1, Math.min(40, scale));
        return qr(slug, uri, link -> QrCodes.png(link, pixels), "image/png", "png");
    }

    private Response qr(String slug, UriInfo uri, Function<String, Object> draw, String type, String extension) {
        Availability availability = questionnaires.resolve(slug);
        if (availability instanceof Availability.NotFound) {
            SurveyMessages msg = SurveyPage.messages("id");
            return SurveyPage.page(
                            404, SurveyPage.Templates.notice("id", msg.notFoundTitle(), msg.notFoundBody(), null), "id")
                    .build();
        }
        return Response.ok(draw.apply(links.survey(slug, uri)), type)
                // a link made from the request's own address must not be cached for others (issue #21, F4)
                .header(
                        "Cache-Control",
                        config.publicBaseUrl().isPresent() ? "public, max-age=3600" : "private, max-age=3600")
                .header("Content-Disposition", "inline; filename=\"suara-warga-" + slug + "." + extension + "\"")
                .build();
    }
}
