package id.suarawarga.common.problem;

import id.suarawarga.common.problem.Problem.FieldError;
import java.util.List;

/** A business rule said no. Services throw it; the API turns it into a problem+json response. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false); // an expected outcome: no stack trace needed
        this.type = type;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object key) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + key + " does not exist");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException invalidState(String detail) {
        return new ProblemException(ProblemType.INVALID_STATE, detail);
    }

    public static ProblemException alreadyExists(String detail) {
        return new ProblemException(ProblemType.ALREADY_EXISTS, detail);
    }

    /** Validation failure on fields; the detail summarises, the errors point at each field. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, summarise(errors), errors);
    }

    public static ProblemException invalid(String pointer, String detail) {
        return invalid(List.of(FieldError.at(pointer, detail)));
    }

    static String summarise(List<FieldError> errors) {
        return errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
