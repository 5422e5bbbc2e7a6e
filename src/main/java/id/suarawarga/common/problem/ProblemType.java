package id.suarawarga.common.problem;

/**
 * The stable catalogue of API problems (RFC 9457). Clients may switch on {@link #uri()}; it never changes
 * meaning. Each type is described at {@code /problems/{slug}} and in the README.
 */
public enum ProblemType {
    MALFORMED_REQUEST(
            "malformed-request",
            "Malformed request",
            400,
            "The request could not be read: invalid JSON, an unknown field, a wrong type or an unknown enum value."),
    VALIDATION_FAILED(
            "validation-failed",
            "Validation failed",
            422,
            "The request was readable but some fields break a rule; see errors[] for each field."),
    QUESTIONNAIRE_INCOMPLETE(
            "questionnaire-incomplete",
            "Questionnaire cannot be published",
            422,
            "Publishing checks the whole questionnaire; errors[] lists everything that must be fixed first."),
    UNAUTHORIZED(
            "unauthorized",
            "Unauthorized",
            401,
            "Sign in first: staff send HTTP Basic credentials (or the session cookie of the login form); machine clients"
                    + " of the evaluation API a valid, unrevoked API key as Authorization: Bearer <key>."),
    FORBIDDEN("forbidden", "Forbidden", 403, "Your role does not allow this action."),
    NOT_FOUND("not-found", "Not found", 404, "The resource does not exist (or is not visible to you)."),
    METHOD_NOT_ALLOWED(
            "method-not-allowed", "Method not allowed", 405, "The resource does not support this HTTP method."),
    NOT_ACCEPTABLE(
            "not-acceptable", "Not acceptable", 406, "The resource cannot produce the media type asked for in Accept."),
    ALREADY_EXISTS(
            "already-exists",
            "Already exists",
            409,
            "Another resource already uses this unique key (code, slug, name)."),
    IN_USE("in-use", "In use", 409, "The resource is referenced by others and cannot be deleted."),
    INVALID_STATE(
            "invalid-state",
            "Not allowed in the current state",
            409,
            "The lifecycle forbids this change, e.g. editing a published questionnaire: create a new version instead."),
    CONCURRENT_MODIFICATION(
            "concurrent-modification",
            "Concurrent modification",
            409,
            "Someone else changed the resource at the same time; reload it and retry."),
    QUESTIONNAIRE_NOT_OPEN(
            "questionnaire-not-open",
            "Questionnaire not open yet",
            403,
            "The questionnaire is published but takes answers only from its opening date."),
    QUESTIONNAIRE_CLOSED(
            "questionnaire-closed", "Questionnaire closed", 410, "The questionnaire no longer takes answers."),
    IDEMPOTENCY_KEY_REQUIRED(
            "idempotency-key-required",
            "Idempotency-Key required",
            400,
            "Submitting a response needs an Idempotency-Key header (1–200 characters: letters, digits, - _ . :), unique per response."),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            "Idempotency-Key already used",
            422,
            "This Idempotency-Key was already used for different answers; nothing was stored. Use a new key for a new response."),
    RESPONDENT_NOT_ELIGIBLE(
            "respondent-not-eligible",
            "Respondent not eligible",
            422,
            "An answer ends the questionnaire (e.g. under 18 without a guardian's consent); nothing was stored."),
    ALREADY_ANSWERED(
            "already-answered",
            "Already answered",
            409,
            "This device already answered the questionnaire, whose policy refuses a second response; nothing was stored."),
    TOO_MANY_REQUESTS(
            "too-many-requests",
            "Too many requests",
            429,
            "Far too many responses came from this source just now; nothing was stored. Retry after the Retry-After delay."),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413, "The request body exceeds the configured limit."),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type", "Unsupported media type", 415, "Send the body as application/json."),
    SERVICE_UNAVAILABLE(
            "service-unavailable",
            "Service unavailable",
            503,
            "The database cannot be reached just now (restarting or failing over); nothing was stored. Retry after the"
                    + " Retry-After delay: with the same Idempotency-Key a retry never stores a response twice."),
    INTERNAL_ERROR(
            "internal-error",
            "Internal error",
            500,
            "An unexpected error; nothing was changed. Quote the errorId when reporting it.");

    private final String slug;
    private final String title;
    private final int status;
    private final String description;

    ProblemType(String slug, String title, int status, String description) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.description = description;
    }

    /** A URI reference relative to the service, resolvable to a description of the problem. */
    public String uri() {
        return "/problems/" + slug;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String description() {
        return description;
    }
}
