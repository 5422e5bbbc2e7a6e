package id.suarawarga.auth;

import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The evaluation API ({@code /api/v1/scores/programs…}, {@code /api/v1/scores/regions…}) answers only machine
 * clients with a valid, unrevoked API key: {@code Authorization: Bearer <key>}. Anything else is a 401 problem.
 */
public class EvaluatorAuthentication {

    static final String[] PROTECTED = {"/api/v1/scores/programs", "/api/v1/scores/regions"};

    private final ApiClientService clients;
    private final CurrentEvaluator current;

    EvaluatorAuthentication(ApiClientService clients, CurrentEvaluator current) {
        this.clients = clients;
        this.current = current;
    }

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        boolean isProtected = false;
        for (String prefix : PROTECTED) {
            isProtected |= path.startsWith(prefix);
        }
        if (!isProtected) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<ApiClientService.Caller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? clients.authenticate(header.substring(7)) : Optional.empty();
        if (caller.isEmpty()) {
            return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED,
                            header == null ? "Send the API key as Authorization: Bearer <key>"
                                    : "The API key is unknown or revoked", path, null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"suara-warga\"").build();
        }
        current.set(caller.get());
        return null;
    }
}
