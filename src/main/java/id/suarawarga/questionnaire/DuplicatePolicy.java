package id.suarawarga.questionnaire;

/** What happens to a second response from the same browser (recognised by the device cookie). */
public enum DuplicatePolicy {
    /** Keep it, flagged as DUPLICATE_DEVICE and left out of scores by default. */
    FLAG,
    /** Refuse it with a kind message; nothing is stored. */
    REJECT,
    /** Accept it as any other (a shared kiosk tablet at a service counter). */
    ALLOW
}
