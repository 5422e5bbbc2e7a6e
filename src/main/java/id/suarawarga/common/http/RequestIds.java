package id.suarawarga.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * A request id on every request: the caller's {@code X-Request-Id} (from the ingress, or a client that wants to quote
 * it) when it is a sane token, else a new UUID. It goes back in the response's {@code X-Request-Id} header and into
 * the logging MDC as {@code requestId}; Quarkus keeps a request's MDC in its Vert.x context, so the worker thread that
 * runs the resource sees it too and every log line written while serving the request carries it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Letters, digits and - _ . : only, at most 64: no log injection, no unbounded values. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        // before every other filter, so their log lines carry the id too
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext http) {
        String given = http.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        http.response().putHeader(HEADER, id);
        http.addEndHandler(ignored -> MDC.remove(MDC_KEY));
        http.next();
    }
}
