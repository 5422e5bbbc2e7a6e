package id.suarawarga.common.http;

import id.suarawarga.common.problem.ErrorPages;
import id.suarawarga.common.problem.ProblemException;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses (403) any form post to a staff page whose {@code csrf} field does not equal the browser's CSRF cookie.
 * Residents' survey forms ({@code /s/...}) are exempt: residents have no session to abuse, and each survey form
 * carries its own signed submission token. A post of any other content type (text/plain, none) is refused too, since a
 * cross-site {@code <form enctype="text/plain">} sends one. The JSON API is guarded by {@link ApiFormGuard}.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    @WithFormRead
    public void verify(ResteasyReactiveContainerRequestContext request, RoutingContext http) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || !ErrorPages.isPagePath(path) || path.startsWith("/s/")) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean form = type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (!form) {
            // staff pages take forms only: a text/plain (or bodiless) post is what a cross-site <form enctype> sends
            throw ProblemException.forbidden(
                    "The form has expired or did not come from this site; reload the page and try again");
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object posted = context.getFormParameter(CsrfToken.FIELD, true, false);
        Cookie cookie = http.request().getCookie(CsrfToken.cookieName(http));
        if (cookie == null
                || !CsrfToken.isWellFormed(cookie.getValue())
                || !(posted instanceof String value)
                || !MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8),
                        cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.forbidden(
                    "The form has expired or did not come from this site; reload the page and try again");
        }
    }
}
