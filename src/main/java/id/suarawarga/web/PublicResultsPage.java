package id.suarawarga.web;

import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.publication.PublicResultService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public results pages, no sign-in, light like the resident's form: a region's year (its programs with their IKM)
 * and one program's results with the follow-up actions ("Anda berkata, kami lakukan"), in Bahasa Indonesia or
 * English. Thin over {@link PublicResultService}, as the public results API is; unpublished results are "not found".
 */
@PermitAll
@Path("/hasil")
@Produces(MediaType.TEXT_HTML)
public class PublicResultsPage {

    /** Language cookie of these pages (the form's cookie is kept under /s). */
    private static final int COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance program(String lang, id.suarawarga.publication.PublicProgramResultView result);

        static native TemplateInstance region(String lang, id.suarawarga.publication.PublicRegionResultView result);

        static native TemplateInstance notFound(String lang);
    }

    private final PublicResultService results;

    PublicResultsPage(PublicResultService results) {
        this.results = results;
    }

    @GET
    @Path("/program/{slug}")
    @Operation(operationId = "getPublicProgramResultsPage", summary = "A program's public results (HTML page)")
    public Response program(
            @PathParam("slug") String slug,
            @QueryParam("lang") String requested,
            @CookieParam(PageLanguage.COOKIE) String remembered,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @Context UriInfo uri) {
        String lang = PageLanguage.resolve(requested, remembered, acceptLanguage, true);
        return page(lang, requested, uri, () -> Templates.program(lang, results.program(slug)));
    }

    @GET
    @Path("/{region}/{year}")
    @Operation(operationId = "getPublicRegionResultsPage", summary = "A region's public results of a year (HTML page)")
    public Response region(
            @PathParam("region") String region,
            @PathParam("year") String year,
            @QueryParam("lang") String requested,
            @CookieParam(PageLanguage.COOKIE) String remembered,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @Context UriInfo uri) {
        String lang = PageLanguage.resolve(requested, remembered, acceptLanguage, true);
        return page(lang, requested, uri, () -> {
            if (year == null || !year.matches("\\d{4}")) {
                throw ProblemException.notFound("Public results", region + "/" + year);
            }
            return Templates.region(lang, results.region(region, Integer.parseInt(year)));
        });
    }

    /** The page in the chosen language; results that are not there (or not public) give the kind 404 page. */
    private static Response page(String lang, String requested, UriInfo uri, Supplier<TemplateInstance> template) {
        TemplateInstance page;
        int status = 200;
        try {
            page = template.get();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            page = Templates.notFound(lang);
            status = 404;
        }
        boolean remember = PageLanguage.isSupported(requested);
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", lang)
                .header("Vary", "Accept-Language, Cookie")
                // checked again on every visit, so results an owner withdraws are gone at once (the API's JSON and CSV
                // are cached for five minutes); an answer that sets the language cookie is the browser's own
                .header("Cache-Control", remember ? "private, no-cache" : "no-cache")
                .entity(page.setAttribute("locale", Locale.forLanguageTag(lang)));
        if (remember) {
            response.cookie(new NewCookie.Builder(PageLanguage.COOKIE)
                    .value(lang)
                    .path("/hasil")
                    .maxAge(COOKIE_MAX_AGE)
                    .httpOnly(true)
                    .secure("https".equals(uri.getRequestUri().getScheme()))
                    .sameSite(NewCookie.SameSite.LAX)
                    .build());
        }
        return response.build();
    }
}
