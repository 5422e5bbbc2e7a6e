package id.suarawarga.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Login CSRF (issue #21, F9): the sign-in form posts to Quarkus' form mechanism ({@code /j_security_check}), which no
 * JAX-RS filter sees. A post there that a browser marks as coming from another site ({@code Sec-Fetch-Site},
 * {@code Origin}) is refused, so another site cannot sign a visitor in as someone else.
 */
@ApplicationScoped
public class SignInOriginCheck {

    void register(@Observes Filters filters) {
        filters.register(this::check, 900);
    }

    private void check(RoutingContext http) {
        if (http.request().method() == HttpMethod.POST && http.request().path().endsWith("/j_security_check")) {
            String site = http.request().getHeader("Sec-Fetch-Site");
            String origin = http.request().getHeader("Origin");
            String host = http.request().getHeader("Host");
            boolean crossSite = site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
            boolean otherOrigin =
                    origin != null && host != null && !authority(origin).equals(host.toLowerCase(Locale.ROOT));
            if (crossSite || otherOrigin) {
                http.response().setStatusCode(403).end();
                return;
            }
        }
        http.next();
    }

    private static String authority(String origin) {
        int scheme = origin.indexOf("://");
        return (scheme < 0 ? origin : origin.substring(scheme + 3)).toLowerCase(Locale.ROOT);
    }
}
