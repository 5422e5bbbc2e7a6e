package id.suarawarga.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the only shape of every API error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details (media type application/problem+json).",
        examples = """
                {"type":"/problems/validation-failed","title":"Validation failed","status":422,
                 "detail":"2 fields are invalid","instance":"/api/v1/programs",
                 "errors":[{"pointer":"/name","detail":"must not be blank"},
                           {"pointer":"/subDimension","detail":"unknown sub-dimension 'SMART'"}]}""")
public record Problem(
        @Schema(
                description = "Stable problem type URI reference; see /problems/{slug}.",
                examples = "/problems/not-found")
        String type,

        @Schema(description = "Short summary of the problem type.", examples = "Not found")
        String title,

        @Schema(description = "The HTTP status code.", examples = "404")
        int status,

        @Schema(
                description = "What went wrong in this request, in plain words.",
                examples = "Program 42 does not exist")
        String detail,

        @Schema(description = "The request path this problem is about.", examples = "/api/v1/programs/42")
        String instance,

        @Schema(description = "One entry per offending field or parameter (validation problems only).")
        List<FieldError> errors,

        @Schema(description = "Identifier of a logged internal error (internal-error only).")
        String errorId) {

    /** One offending field (JSON Pointer into the request body) or request parameter. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(description = "RFC 6901 JSON Pointer into the request body.", examples = "/questions/2/options")
            String pointer,

            @Schema(description = "Name of the offending query or path parameter.", examples = "size")
            String parameter,

            @Schema(description = "What is wrong with it.", examples = "must not be empty")
            String detail) {

        public static FieldError at(String pointer, String detail) {
            return new FieldError(pointer, null, detail);
        }

        public static FieldError parameter(String name, String detail) {
            return new FieldError(null, name, detail);
        }
    }
}
