package id.suarawarga.review;

/** Where a flagged response stands: waiting for a decision, or decided one way or the other. */
public enum ReviewStatus {
    WAITING,
    COUNTED,
    REJECTED;

    static ReviewStatus of(String review) {
        return review == null ? WAITING : valueOf(review);
    }
}
