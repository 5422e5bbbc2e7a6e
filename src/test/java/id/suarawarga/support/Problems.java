package id.suarawarga.support;

import static java.util.Map.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import java.util.Map;
import org.hamcrest.Matcher;

/**
 * Expectations for RFC 9457 problem responses. Titles are spelled out here on purpose, not read from
 * {@code ProblemType}, so a changed title fails a test instead of silently following the code.
 */
public final class Problems {

    public static final String MEDIA_TYPE_PATTERN = "application/problem\\+json(;.*)?";

    private static final Map<String, String> TITLES = Map.ofEntries(
            entry("malformed-request", "Malformed request"),
            entry("validation-failed", "Validation failed"),
            entry("questionnaire-incomplete", "Questionnaire cannot be published"),
            entry("unauthorized", "Unauthorized"),
            entry("forbidden", "Forbidden"),
            entry("not-found", "Not found"),
            entry("method-not-allowed", "Method not allowed"),
            entry("not-acceptable", "Not acceptable"),
            entry("already-exists", "Already exists"),
            entry("in-use", "In use"),
            entry("invalid-state", "Not allowed in the current state"),
            entry("concurrent-modification", "Concurrent modification"),
            entry("payload-too-large", "Payload too large"),
            entry("unsupported-media-type", "Unsupported media type"),
            entry("internal-error", "Internal error"));

    private Problems() {}

    /** A problem of type {@code /problems/{slug}} with exactly this detail, about this request path. */
    public static ResponseSpecification problem(int status, String slug, String detail, String instance) {
        return problem(status, slug, equalTo(detail), instance);
    }

    public static ResponseSpecification problem(int status, String slug, Matcher<?> detail, String instance) {
        String title = TITLES.get(slug);
        if (title == null) {
            throw new IllegalArgumentException("unknown problem type " + slug);
        }
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", matchesPattern(MEDIA_TYPE_PATTERN))
                .expectBody("type", equalTo("/problems/" + slug))
                .expectBody("title", equalTo(title))
                .expectBody("status", equalTo(status))
                .expectBody("detail", detail)
                .expectBody("instance", equalTo(instance))
                .expectBody("errorId", status == 500 ? not(nullValue()) : nullValue())
                .build();
    }
}
