package id.suarawarga.common.problem;

import id.suarawarga.common.problem.Problem.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {}

    public static Response of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return build(new Problem(type.uri(), type.title(), type.status(), detail, instance, errors, null));
    }

    public static Response build(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
