package id.suarawarga.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.suarawarga.common.persistence.DatabaseUnavailable;
import id.suarawarga.common.problem.Problem.FieldError;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that can leave a resource to an RFC 9457 problem. Nothing else writes error bodies,
 * so no stack trace, class name or SQL ever reaches a client.
 */
public class ProblemExceptionMappers {

    private final Instance<ErrorPages> errorPages;

    ProblemExceptionMappers(Instance<ErrorPages> errorPages) {
        this.errorPages = errorPages;
    }

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** Name of the JSON body parameter in every resource method. */
    static final String BODY_PARAMETER = "request";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return forPeopleOrClients(ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors()), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemExceptionMappers::fieldError)
                .sorted(Comparator.comparing((FieldError f) -> f.pointer() == null ? "" : f.pointer())
                        .thenComparing(f -> f.parameter() == null ? "" : f.parameter())
                        .thenComparing(FieldError::detail))
                .toList();
        boolean bodyMissing = errors.stream().anyMatch(error -> "".equals(error.pointer()));
        String detail =
                bodyMissing ? "The request body is missing; send a JSON object" : ProblemException.summarise(errors);
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, detail, path(uri), errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String known = e.getKnownPropertyIds() == null
                ? ""
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return malformed(
                "Unknown field '" + e.getPropertyName() + "'" + (known.isEmpty() ? "" : "; known fields: " + known),
                JsonPointers.of(e.getPath()),
                uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String expected = target != null && target.isEnum()
                ? "one of "
                        + Arrays.stream(target.getEnumConstants())
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "))
                : describe(target);
        return malformed("Value " + quote(e.getValue()) + " is not " + expected, JsonPointers.of(e.getPath()), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String pointer = JsonPointers.of(e.getPath());
        if (e.getTargetType() == null
                || pointer.isEmpty() && e.getPath().isEmpty() && e.getMessage().contains("No content")) {
            return malformed("The request body is empty; send a JSON object", "", uri);
        }
        if (pointer.isEmpty() && e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
            return malformed(
                    "The request body must be a single JSON object; more JSON follows it (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")",
                    null,
                    uri);
        }
        return malformed("Expected " + describe(e.getTargetType()), pointer, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return malformed(cause.getMessage(), JsonPointers.of(e.getPath()), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof InputCoercionException) {
            return malformed("The number is out of range for this field", JsonPointers.of(e.getPath()), uri);
        }
        return malformed("The JSON does not fit the expected structure", JsonPointers.of(e.getPath()), uri);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, UriInfo uri) {
        return malformed(
                "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")",
                null,
                uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return malformed("The request body is not valid JSON", null, uri);
    }

    private Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return valueInstantiation(instantiation, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        if (e instanceof JsonParseException parse) {
            return unparseable(parse, uri);
        }
        return json(e, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentModification(Exception e, UriInfo uri) {
        return ProblemResponses.of(
                ProblemType.CONCURRENT_MODIFICATION,
                "The resource was changed by another request at the same time; reload it and retry",
                path(uri),
                null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        return forPeopleOrClients(webApplicationProblem(e, uri), uri);
    }

    private Response webApplicationProblem(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus' JSON reader wraps parse errors (and mapping errors other than mismatched input) in a plain 400
            return unreadable(json, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS reports a query/path parameter that fails conversion (page=x) as 404; it is the client's typo
            return malformed(
                    "A query or path parameter has the wrong format (for example a word where a number belongs)",
                    null,
                    uri);
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.MALFORMED_REQUEST;
        };
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This resource does not support the method used";
            case 406 -> "This resource cannot produce the media type asked for";
            case 415 -> "Send the request body as application/json";
            default -> "The request could not be read: check its parameters";
        };
        Response response = ProblemResponses.of(type, detail, path(uri), null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", e.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    /**
     * Last resort. Transaction commits wrap what the database said in several layers, so the cause chain is
     * searched for a conflict the client can act on before calling it an internal error.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return forPeopleOrClients(unexpectedProblem(e, uri), uri);
    }

    private Response unexpectedProblem(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem.type(), problem.getMessage(), path(uri), problem.errors());
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentModification((Exception) cause, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return databaseConstraint(violation, uri);
            }
            // a form body that is not valid percent-encoded UTF-8 (the framework's decoder throws this)
            if (cause instanceof IllegalArgumentException
                    && cause.getMessage() != null
                    && cause.getMessage().startsWith("Failed to decode")) {
                return malformed("The form data is not valid URL-encoded UTF-8", null, uri);
            }
            // more form fields than the HTTP layer reads (quarkus.http.limits.max-form-fields): too large, not broken
            if (cause instanceof RuntimeException
                    && cause.getMessage() != null
                    && cause.getMessage().startsWith("Param limit of")) {
                return ProblemResponses.of(
                        ProblemType.PAYLOAD_TOO_LARGE, "The form has more fields than any form here", path(uri), null);
            }
            // a multipart body that ends before its closing boundary (or has none)
            if (cause instanceof java.io.IOException
                    && cause.getMessage() != null
                    && cause.getMessage().contains("multipart")) {
                return malformed("The multipart body is incomplete or malformed", null, uri);
            }
            // SQLSTATE class 22: a value PostgreSQL cannot take, such as a NUL character in text; the client's input
            if (cause instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return malformed(
                        "The request contains a value that cannot be stored (such as a NUL character)", null, uri);
            }
        }
        if (DatabaseUnavailable.causedBy(e)) {
            return serviceUnavailable(e, uri);
        }
        return internal(e, uri);
    }

    /** Browser routes get a friendly page in the resident's language; API clients the problem itself. */
    private Response forPeopleOrClients(Response problem, UriInfo uri) {
        String path = path(uri);
        if (ErrorPages.isPagePath(path) && errorPages.isResolvable()) {
            return errorPages.get().render(problem.getStatus(), path);
        }
        return problem;
    }

    /** A backstop: services check these rules first, the schema enforces them for everyone. */
    private static Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String sqlState = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (sqlState) {
            case "23505" ->
                ProblemResponses.of(
                        ProblemType.ALREADY_EXISTS,
                        "The change conflicts with an existing record with the same unique key",
                        path(uri),
                        null);
            case "23503" ->
                ProblemResponses.of(
                        ProblemType.IN_USE, "The change would break a reference between records", path(uri), null);
            default ->
                ProblemResponses.of(
                        ProblemType.INVALID_STATE,
                        "The database refused the change because it breaks a data rule",
                        path(uri),
                        null);
        };
    }

    /** Seconds a client should wait before retrying while the database is away (a restart or failover takes ~10 s). */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static Response serviceUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("database unavailable on %s: %s", path(uri), rootMessage(e));
        return Response.fromResponse(ProblemResponses.of(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "The database cannot be reached just now and nothing was stored; please retry shortly",
                        path(uri),
                        null))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Internal error %s on %s", errorId, path(uri));
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return ProblemResponses.build(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "An unexpected error occurred and nothing was changed; quote error " + errorId + " when reporting it",
                path(uri),
                null,
                errorId));
    }

    private static Response malformed(String detail, String pointer, UriInfo uri) {
        List<FieldError> errors = pointer == null || pointer.isEmpty() ? null : List.of(FieldError.at(pointer, detail));
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, detail, path(uri), errors);
    }

    /**
     * Resource methods name their JSON body parameter {@code request} (house convention); a violation below it
     * points into the body, any other is about a query/path parameter (directly or through a bean parameter).
     */
    private static FieldError fieldError(ConstraintViolation<?> violation) {
        Path path = violation.getPropertyPath();
        String methodParameter = null;
        String leaf = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                methodParameter = node.getName();
            }
            leaf = node.getName();
        }
        if (methodParameter != null && !BODY_PARAMETER.equals(methodParameter)) {
            return FieldError.parameter(leaf, violation.getMessage());
        }
        String pointer = JsonPointers.of(path);
        if (pointer.isEmpty() && violation.getInvalidValue() == null) {
            return FieldError.at("", "a JSON request body is required");
        }
        return FieldError.at(pointer, violation.getMessage());
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time such as 2024-07-01T00:00:00Z";
        }
        return "a JSON object";
    }

    private static String quote(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
