package id.suarawarga.common.http;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.problem.ErrorPages;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above {@code suara.api.max-body-size} with a 413 problem before anything is read.
 * Bodies without a Content-Length (chunked) are capped by {@code quarkus.http.limits.max-body-size} instead,
 * which answers a plain 413. A resident's survey form ({@code /s/...}) above the limit gets a kind page in the
 * resident's words, never a blank 413 (a form a person can fill in is far below it: {@code
 * quarkus.http.limits.max-form-attribute-size} lets each field hold a 1,000-character answer in any script).
 */
public class BodySizeLimitFilter {

    private final long maxBytes;
    private final Instance<ErrorPages> errorPages;

    BodySizeLimitFilter(SuaraConfig config, Instance<ErrorPages> errorPages) {
        this.maxBytes = config.api().maxBodySize().asLongValue();
        this.errorPages = errorPages;
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
        String path = request.getUriInfo().getRequestUri().getPath();
        if (length <= maxBytes) {
            return null;
        }
        if (path.startsWith("/s/") && errorPages.isResolvable()) {
            return errorPages.get().render(413, path);
        }
        return ProblemResponses.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has " + length + " bytes; the limit is " + maxBytes + " bytes",
                path,
                null);
    }
}
