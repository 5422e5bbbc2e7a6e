package id.suarawarga.response;

/** Why a response is suspect. Flagged responses are stored, shown to owners and left out of scores by default. */
public enum FlagReason {
    /** The hidden honeypot field was filled in: a form-filling script. */
    HONEYPOT,
    /** Sent back faster than a person can read the form. */
    TOO_FAST,
    /** The same browser already answered this questionnaire (policy FLAG). */
    DUPLICATE_DEVICE,
    /** Unusually many responses from one source address in the rate window. */
    RATE_LIMIT
}
