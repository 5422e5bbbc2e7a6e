package id.suarawarga.common.http;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.problem.ErrorPages;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above {@code suara.api.max-body-size} with a 413 problem before anything is read.
 * Bodies without a Content-Length (chunked) are capped by {@code quarkus.http.limits.max-body-size} instead,
 * which answers a plain 413. A resident's survey form ({@code /s/...}) above the limit gets a kind page in the
 * resident's words, never a blank 413 (a form a person can fill in is far below it: {@code
 * quarkus.http.limits.max-form-attribute-size} lets each field hold a 1,000-character answer in any script).
 * Files uploaded to import (issue #19) have their own, larger limit ({@code suara.importing.max-file-size}); the staff
 * page's upload above it gets the staff 413 page.
 */
public class BodySizeLimitFilter {

    /** Where staff upload a file to import (issue #19): the API's raw file and the staff page's multipart form. */
    static final Pattern IMPORT_UPLOAD =
            Pattern.compile("/api/v1/questionnaires/[^/]+/imports|/dasbor/kuesioner/[^/]+/impor");
    /** Room for the multipart envelope of the staff page's form around the file. */
    private static final long FORM_ENVELOPE = 64 * 1024;

    private final long maxBytes;
    private final long maxImportBytes;
    private final Instance<ErrorPages> errorPages;

    BodySizeLimitFilter(SuaraConfig config, Instance<ErrorPages> errorPages) {
        this.maxBytes = config.api().maxBodySize().asLongValue();
        this.maxImportBytes = config.importing().maxFileSize().asLongValue() + FORM_ENVELOPE;
        this.errorPages = errorPages;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return unmeasured(request);
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
        boolean importUpload = IMPORT_UPLOAD.matcher(path).matches();
        long limit = importUpload ? maxImportBytes : maxBytes;
        if (length <= limit) {
            return null;
        }
        if ((path.startsWith("/s/") || importUpload && ErrorPages.isPagePath(path)) && errorPages.isResolvable()) {
            return errorPages.get().render(413, path);
        }
        return ProblemResponses.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has " + length + " bytes; the limit is " + maxBytes + " bytes",
                path,
                null);
    }

    /**
     * A JSON or form body sent without a Content-Length (chunked) could only be stopped at the HTTP layer's ceiling,
     * which the import's files raised to {@code quarkus.http.limits.max-body-size} (12 MiB): an anonymous caller could
     * make the app parse 12 MiB of JSON per request. Browsers, the generated client and every test send the length,
     * so outside the import's paths such a body is refused before it is read. Multipart bodies keep the ceiling
     * (their endpoints refuse them unread).
     */
    private Response unmeasured(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        MediaType type = request.getMediaType();
        boolean buffered = type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json")
                        || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        if (!buffered
                || request.getHeaderString("Transfer-Encoding") == null
                || IMPORT_UPLOAD.matcher(path).matches()) {
            return null;
        }
        return ProblemResponses.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "A body without a Content-Length is refused; send its length (the limit is " + maxBytes + " bytes)",
                path,
                null);
    }
}
