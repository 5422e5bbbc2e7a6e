package id.suarawarga.common.openapi;

/**
 * Names of the shared problem responses in {@code #/components/responses}, for
 * {@code @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)}. {@link ProblemResponsesFilter} defines
 * them and adds the ones every operation can return (400, 500; 413 and 415 where a body is read).
 */
public final class ApiProblems {

    public static final String MALFORMED = "MalformedRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CONFLICT = "Conflict";
    public static final String VALIDATION_FAILED = "ValidationFailed";
    public static final String QUESTIONNAIRE_INCOMPLETE = "QuestionnaireIncomplete";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String INTERNAL_ERROR = "InternalError";

    private ApiProblems() {}
}
