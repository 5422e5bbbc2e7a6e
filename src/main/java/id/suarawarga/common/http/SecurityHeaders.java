package id.suarawarga.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer: a Content-Security-Policy without {@code unsafe-inline} scripts, no framing,
 * no MIME sniffing, a same-origin referrer, and HSTS when the request came over TLS (directly or, with
 * {@code quarkus.http.proxy.*} forwarding on, through the ingress).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Inline styles only by their hashes (issue #21): no style attribute, no injected style block applies. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' "
            + String.join(" ", InlineStyles.hashes())
            + "; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    /** Swagger UI (/q/swagger-ui) runs an inline script and styles of its own; everything else under /q/ is data. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; object-src 'none'";

    public static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 100);
    }

    private void addHeaders(RoutingContext http) {
        http.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = http.response();
            response.putHeader("X-Content-Type-Options", "nosniff");
            response.putHeader("Referrer-Policy", "same-origin");
            response.putHeader("X-Frame-Options", "DENY");
            // Swagger UI needs inline scripts; everything we write does not (issue #21: /q/* has a CSP too)
            String path = http.request().path();
            response.putHeader("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : CSP);
            hardenForIssue21(path, response);
            if (http.request().isSSL()) {
                response.putHeader("Strict-Transport-Security", HSTS);
            }
        });
        http.next();
    }

    // ---- issue #21: charset on pages, nothing sensitive in caches ----

    /**
     * Pages declare their charset in the header as well as in the document; the staff API's answers and exports are
     * never stored by a browser or proxy (a route that chose its own Cache-Control keeps it).
     */
    private static void hardenForIssue21(String path, HttpServerResponse response) {
        String type = response.headers().get("Content-Type");
        if (type != null && type.startsWith("text/html") && !type.toLowerCase().contains("charset")) {
            response.putHeader("Content-Type", type + ";charset=UTF-8");
        }
        if (path.startsWith("/api/")
                && !path.startsWith("/api/v1/public/")
                && !response.headers().contains("Cache-Control")) {
            response.putHeader("Cache-Control", "no-store");
        }
    }
}
