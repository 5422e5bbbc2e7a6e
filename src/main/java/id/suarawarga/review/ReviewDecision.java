package id.suarawarga.review;

/** What an owner or admin decided about a flagged response. Stored by name in {@code survey_response.review}. */
public enum ReviewDecision {
    /** A false positive: the response counts in every score. */
    COUNTED,
    /** Confirmed suspect: the response stays out of the scores and no longer waits for review. */
    REJECTED
}
