package id.suarawarga.field;

import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.response.SubmissionOutcome;
import jakarta.ws.rs.core.Response;

/** The API's answer to an answer collected in the field (paper sheet, interview): a receipt, or the problem. */
final class FieldOutcomes {

    private FieldOutcomes() {}

    /** 201 with the receipt ({@code Idempotency-Replayed} says whether it was stored before); else the problem. */
    static Response created(SubmissionOutcome outcome, String reusedDetail) {
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
        if (outcome instanceof SubmissionOutcome.KeyReused) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, reusedDetail);
        }
        throw new ProblemException(
                ProblemType.RESPONDENT_NOT_ELIGIBLE, "An answer ends the questionnaire; nothing was stored");
    }
}
