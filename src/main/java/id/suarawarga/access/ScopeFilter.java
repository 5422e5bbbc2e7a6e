package id.suarawarga.access;

import id.suarawarga.common.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Object scoping, in one place: any resource whose path names a {@code programId}, {@code questionnaireId},
 * {@code regionCode} or {@code staffUserId} answers 404 — as if it did not exist — when the caller may not see that
 * object. Runs after the role check ({@code @RolesAllowed} on the resource), so anonymous callers still get 401.
 */
public class ScopeFilter {

    static final String PROGRAM = "programId";
    static final String QUESTIONNAIRE = "questionnaireId";
    static final String REGION = "regionCode";
    static final String STAFF_USER = "staffUserId";

    private final AccessScope scope;

    ScopeFilter(AccessScope scope) {
        this.scope = scope;
    }

    @ServerRequestFilter
    public void check(UriInfo uri) {
        MultivaluedMap<String, String> params = uri.getPathParameters();
        boolean scoped = params.containsKey(REGION)
                || params.containsKey(PROGRAM)
                || params.containsKey(QUESTIONNAIRE)
                || params.containsKey(STAFF_USER);
        // residents' pages and public API have none of these: they never pay for resolving an identity here
        if (!scoped || !scope.authenticated()) {
            return;
        }
        String region = params.getFirst(REGION);
        if (region != null && !scope.canSeeRegion(region)) {
            throw ProblemException.notFound("Region", region);
        }
        Long program = id(params.getFirst(PROGRAM));
        if (program != null && !scope.canSeeProgram(program)) {
            throw ProblemException.notFound("Program", program);
        }
        Long questionnaire = id(params.getFirst(QUESTIONNAIRE));
        if (questionnaire != null && !scope.canSeeQuestionnaire(questionnaire)) {
            throw ProblemException.notFound("Questionnaire", questionnaire);
        }
        Long user = id(params.getFirst(STAFF_USER));
        if (user != null && !scope.canSeeStaffUser(user)) {
            throw ProblemException.notFound("Staff user", user);
        }
    }

    /** A malformed id is left to the resource, which answers it with its usual 404/400. */
    private static Long id(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
