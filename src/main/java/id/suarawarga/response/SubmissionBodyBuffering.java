package id.suarawarga.response;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the body of a JSON submission on the event loop, as it arrives, before the request goes to a worker thread.
 * Without it the worker reads the body through a blocking stream fed by the event loop, a hand-over between two
 * threads for every response: bench/submissions.sh measured ~9 % of the workers' CPU in it (issue #3). RESTEasy
 * Reactive takes a body read this way as it is.
 *
 * <p>The limit here is the HTTP layer's own ceiling, so a body between {@code suara.api.max-body-size} and it still
 * gets {@code BodySizeLimitFilter}'s 413 problem, as on every other endpoint.
 */
@ApplicationScoped
public class SubmissionBodyBuffering {

    static final String PATH = "/api/v1/public/questionnaires/:slug/responses";

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceiling) {
        router.post(PATH)
                .order(RouteConstants.ROUTE_ORDER_BODY_HANDLER)
                .handler(BodyHandler.create(false).setBodyLimit(ceiling.asLongValue()));
    }
}
