package id.suarawarga.common.http;

import id.suarawarga.common.problem.ProblemException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the JSON API out of reach of a browser's cross-site form post, which would carry cached HTTP Basic
 * credentials: a change to {@code /api/**} sent as a form, multipart or text/plain (what an HTML form can send) is
 * refused with 415 whatever the endpoint declares (no API operation takes them), and any change a browser marks as cross-site ({@code Sec-Fetch-Site}) or sends
 * from another {@code Origin} is refused with 403.
 */
public class ApiFormGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public void verify(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw ProblemException.forbidden("The API does not take requests sent by another site");
        }
        String origin = request.getHeaderString("Origin");
        String host = request.getHeaderString("Host");
        if (origin != null && host != null && !sameHost(origin, host)) {
            throw ProblemException.forbidden("The API does not take requests sent by another site");
        }
        MediaType type = request.getMediaType();
        if (type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                        || type.isCompatible(MediaType.TEXT_PLAIN_TYPE))) {
            throw new NotSupportedException();
        }
    }

    private static boolean sameHost(String origin, String host) {
        int scheme = origin.indexOf("://");
        String authority = scheme < 0 ? origin : origin.substring(scheme + 3);
        return authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
    }
}
