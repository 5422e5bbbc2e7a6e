package id.suarawarga.common.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A download whose path names its format ({@code /api/…/x.csv}, {@code /api/…/x.xlsx}) is served in that format when
 * the client accepts our JSON error format but did not list the file's type. Generated clients (openapi-generator's
 * Java okhttp and Python ones) narrow {@code Accept: text/csv, application/problem+json} to the JSON type they can
 * parse, which would otherwise be a 406; RFC 9110 §12.5.1 lets a server disregard Accept instead. Errors stay
 * application/problem+json, and a client that asks for something else entirely (XML) still gets its 406.
 */
public class FileDownloadAccept {

    private static final Map<String, String> TYPES =
            Map.of(".csv", "text/csv", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @ServerRequestFilter(preMatching = true)
    public void acceptTheNamedFormat(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
        String type = TYPES.entrySet().stream()
                .filter(e -> path.endsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (type == null || accept == null) {
            return;
        }
        String asked = accept.toLowerCase(Locale.ROOT);
        if (!asked.contains(type)
                && (asked.contains("application/problem+json") || asked.contains("application/json"))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, type + ", application/problem+json");
        }
    }
}
