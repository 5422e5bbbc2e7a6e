package id.suarawarga.common.openapi;

import id.suarawarga.common.problem.ProblemResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the shared problem+json responses once and attaches the generic ones to every API operation, so
 * the document tells clients about every error an operation can return without repeating it on each method.
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> RESPONSES = new LinkedHashMap<>();
    private static final String PUBLIC_PREFIX = "/api/v1/public/";
    static final String STAFF_BASIC = "staffBasic";
    static final String API_KEY = "apiKey";

    static {
        RESPONSES.put(
                ApiProblems.MALFORMED,
                "Malformed request: invalid JSON, unknown field, wrong type, unknown enum value or bad parameter (type /problems/malformed-request).");
        RESPONSES.put(ApiProblems.NOT_FOUND, "Not found (type /problems/not-found).");
        RESPONSES.put(
                ApiProblems.UNAUTHORIZED,
                "Not signed in: send HTTP Basic credentials of a staff account, or an API key"
                        + " as Authorization: Bearer <key> (type /problems/unauthorized).");
        RESPONSES.put(ApiProblems.FORBIDDEN, "Signed in, but the role does not allow this (type /problems/forbidden).");
        RESPONSES.put(
                ApiProblems.CONFLICT,
                "Conflict: a unique key is taken (/problems/already-exists), the resource is in use (/problems/in-use), the lifecycle forbids it (/problems/invalid-state) or a concurrent edit won (/problems/concurrent-modification).");
        RESPONSES.put(
                ApiProblems.VALIDATION_FAILED,
                "Validation failed: errors[] points at each offending field (type /problems/validation-failed).");
        RESPONSES.put(
                ApiProblems.QUESTIONNAIRE_INCOMPLETE,
                "The questionnaire cannot be published yet: errors[] lists every problem (type /problems/questionnaire-incomplete).");
        RESPONSES.put(
                ApiProblems.PAYLOAD_TOO_LARGE,
                "The body is larger than the configured limit (type /problems/payload-too-large).");
        RESPONSES.put(
                ApiProblems.UNSUPPORTED_MEDIA_TYPE,
                "The body is not application/json (type /problems/unsupported-media-type).");
        RESPONSES.put(
                ApiProblems.INTERNAL_ERROR, "Unexpected error; nothing was changed (type /problems/internal-error).");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        RESPONSES.forEach(
                (name, description) -> openAPI.getComponents().addResponse(name, problemResponse(description)));
        openAPI.getComponents()
                .addSecurityScheme(
                        STAFF_BASIC,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description(
                                        "A staff account (ADMIN, PROGRAM_OWNER, EVALUATOR). Pages use the login form at /masuk instead."));
        openAPI.getComponents()
                .addSecurityScheme(
                        API_KEY,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description(
                                        "An API key created with POST /api/v1/api-clients, scoped to regions (evaluation API only)."));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                boolean isPublic = path.startsWith(PUBLIC_PREFIX);
                boolean acceptsApiKey =
                        path.startsWith("/api/v1/scores/programs") || path.startsWith("/api/v1/scores/regions");
                item.getOperations().forEach((method, operation) -> {
                    addGenericResponses(method, operation);
                    if (!isPublic) {
                        addSecurity(operation, acceptsApiKey);
                    }
                });
            }
        });
    }

    private static void addGenericResponses(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        addIfAbsent(responses, "400", ApiProblems.MALFORMED);
        if (method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            addIfAbsent(responses, "413", ApiProblems.PAYLOAD_TOO_LARGE);
            addIfAbsent(responses, "415", ApiProblems.UNSUPPORTED_MEDIA_TYPE);
        }
        addIfAbsent(responses, "500", ApiProblems.INTERNAL_ERROR);
    }

    /** Everything outside the residents' public API needs a staff account (or, for evaluation scores, an API key). */
    private static void addSecurity(Operation operation, boolean acceptsApiKey) {
        operation
                .getResponses()
                .addAPIResponse("401", OASFactory.createAPIResponse().ref(ApiProblems.UNAUTHORIZED));
        operation
                .getResponses()
                .addAPIResponse("403", OASFactory.createAPIResponse().ref(ApiProblems.FORBIDDEN));
        List<SecurityRequirement> security = new ArrayList<>();
        security.add(OASFactory.createSecurityRequirement().addScheme(STAFF_BASIC));
        if (acceptsApiKey) {
            security.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
        }
        operation.setSecurity(security);
    }

    private static void addIfAbsent(APIResponses responses, String status, String ref) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                ProblemResponses.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
