package id.suarawarga.response;

import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import jakarta.ws.rs.core.Response;

/** The API's answer to a submission, whichever channel sent it (public API, interviews, paper sheets). */
public final class SubmissionReplies {

    private SubmissionReplies() {}

    /** {@link #created(SubmissionOutcome, String, String)} for staff channels, which no rate guard limits. */
    public static Response created(SubmissionOutcome outcome, String reusedDetail) {
        return created(outcome, reusedDetail, null);
    }

    /**
     * 201 with the receipt ({@code Idempotency-Replayed} says whether it was stored before); any other outcome is
     * thrown as its problem. {@code reusedDetail} says, in the caller's words, which key was used for other answers.
     */
    public static Response created(SubmissionOutcome outcome, String reusedDetail, String path) {
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return Response.status(Response.Status.CREATED)
                    .entity(accepted.receipt())
                    .header("Idempotency-Replayed", String.valueOf(accepted.replayed()))
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            throw ProblemException.invalid(invalid.errors().stream()
                    .map(e -> FieldError.at("/answers/" + e.question(), e.englishDetail()))
                    .toList());
        }
        if (outcome instanceof SubmissionOutcome.NotEligible notEligible) {
            throw new ProblemException(
                    ProblemType.RESPONDENT_NOT_ELIGIBLE,
                    "The answer to " + notEligible.question()
                            + " ends the questionnaire (a guardian's consent is needed); nothing was stored");
        }
        if (outcome instanceof SubmissionOutcome.KeyReused) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, reusedDetail);
        }
        if (outcome instanceof SubmissionOutcome.DuplicateDevice) {
            throw new ProblemException(
                    ProblemType.ALREADY_ANSWERED,
                    "This device already answered this questionnaire; nothing was stored");
        }
        if (outcome instanceof SubmissionOutcome.RateLimited) {
            return Response.fromResponse(ProblemResponses.of(
                            ProblemType.TOO_MANY_REQUESTS,
                            "Too many responses from this source just now; nothing was stored",
                            path,
                            null))
                    .header("Retry-After", "60")
                    .build();
        }
        throw new IllegalStateException("unhandled submission outcome " + outcome);
    }
}
