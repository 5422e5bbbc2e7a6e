package id.suarawarga.common.http;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above {@code suara.api.max-body-size} with a 413 problem before anything is read.
 * Bodies without a Content-Length (chunked) are capped by {@code quarkus.http.limits.max-body-size} instead,
 * which answers a plain 413.
 */
public class BodySizeLimitFilter {

    private final long maxBytes;

    BodySizeLimitFilter(SuaraConfig config) {
        this.maxBytes = config.api().maxBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST,
                    "The Content-Length header is not a number",
                    request.getUriInfo().getRequestUri().getPath(),
                    null);
        }
        if (length <= maxBytes) {
            return null;
        }
        return ProblemResponses.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has " + length + " bytes; the limit is " + maxBytes + " bytes",
                request.getUriInfo().getRequestUri().getPath(),
                null);
    }
}
