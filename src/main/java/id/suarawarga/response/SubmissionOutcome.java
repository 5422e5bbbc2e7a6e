package id.suarawarga.response;

import java.util.List;

/** What became of a submission. Only {@link Accepted} means the answers are durably stored. */
public sealed interface SubmissionOutcome {

    /** Stored now, or stored earlier under the same key ({@code replayed}): either way exactly once. */
    record Accepted(ResponseReceiptView receipt, boolean replayed) implements SubmissionOutcome {}

    /** Some answers break the questionnaire's rules; nothing stored. */
    record Invalid(List<AnswerError> errors) implements SubmissionOutcome {}

    /** An answer ended the questionnaire (e.g. under 18 without a guardian); nothing stored. */
    record NotEligible(String question) implements SubmissionOutcome {}

    /** The key was used before for different answers (API, a device's queue); nothing stored. */
    record KeyReused() implements SubmissionOutcome {}

    /** This browser already answered and the questionnaire's policy is REJECT; nothing stored. */
    record DuplicateDevice() implements SubmissionOutcome {}

    /** Far too many responses from this source just now; nothing stored. */
    record RateLimited() implements SubmissionOutcome {}
}
