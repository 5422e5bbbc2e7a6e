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

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
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
            // Swagger UI (dev tooling under /q/) needs inline scripts; everything we write does not
            if (!http.request().path().startsWith("/q/")) {
                response.putHeader("Content-Security-Policy", CSP);
            }
            if (http.request().isSSL()) {
                response.putHeader("Strict-Transport-Security", HSTS);
            }
        });
        http.next();
    }
}
