package id.suarawarga.access;

import id.suarawarga.common.problem.ErrorPages;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Not signed in or not allowed: API clients get a 401/403 problem (with the schemes to use), people on pages are
 * sent to the login form (and back afterwards) or shown a 403 page.
 */
public class SecurityProblemMappers {

    /** Login page of the form mechanism ({@code quarkus.http.auth.form.login-page}). */
    public static final String LOGIN_PAGE = "/masuk";
    /** Quarkus' form mechanism sends the user here after signing in ({@code quarkus.http.auth.form.location-cookie}). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";
    /** Where the login form posts ({@code quarkus.http.auth.form.post-location}) and where a failure is shown. */
    static final String POST_LOCATION = "/j_security_check";

    static final String FAILED_PAGE = "/masuk/gagal";

    private final Instance<ErrorPages> errorPages;

    SecurityProblemMappers(Instance<ErrorPages> errorPages) {
        this.errorPages = errorPages;
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthorized(UriInfo uri) {
        String path = uri.getPath();
        if (POST_LOCATION.equals(path)) {
            // authentication is lazy (not proactive), so a rejected login form surfaces here, not in the form mechanism
            return Response.seeOther(URI.create(FAILED_PAGE)).build();
        }
        if (ErrorPages.isPagePath(path)) {
            // absolute: Quarkus only follows a location on the same scheme, host and port
            return Response.seeOther(URI.create(LOGIN_PAGE))
                    .cookie(new NewCookie.Builder(LOCATION_COOKIE)
                            .value(uri.getRequestUri().toString())
                            .path("/")
                            .httpOnly(true)
                            .sameSite(NewCookie.SameSite.STRICT)
                            .build())
                    .build();
        }
        return Response.fromResponse(ProblemResponses.of(
                        ProblemType.UNAUTHORIZED,
                        "Sign in: HTTP Basic credentials of a staff account, or Authorization: Bearer <API key> for the"
                                + " evaluation API",
                        path,
                        null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"suara-warga\", charset=\"UTF-8\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"suara-warga\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String path = uri.getPath();
        if (ErrorPages.isPagePath(path) && errorPages.isResolvable()) {
            return errorPages.get().render(403, path);
        }
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this action", path, null);
    }
}
