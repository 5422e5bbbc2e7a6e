package id.suarawarga.common.problem;

import id.suarawarga.common.problem.Problem.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    private ProblemResponses() {}

    public static Response of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return build(new Problem(type.uri(), type.title(), type.status(), detail, instance, errors, null));
    }

    public static Response build(Problem problem) {
        // type, status and where only (the request id comes from the MDC): never the detail, which may echo input
        if (problem.status() >= 500) {
            LOG.infof("problem %s (%d) on %s", problem.type(), problem.status(), problem.instance());
        } else {
            LOG.debugf("problem %s (%d) on %s", problem.type(), problem.status(), problem.instance());
        }
        return Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
