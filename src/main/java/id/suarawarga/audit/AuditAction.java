package id.suarawarga.audit;

/** What an audit event records. Stored by name: only add, never rename. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    QUESTIONNAIRE_PUBLISHED,
    QUESTIONNAIRE_CLOSED,
    EXPORT,
    STAFF_USER_CREATED,
    STAFF_USER_CHANGED,
    API_CLIENT_CREATED,
    API_CLIENT_REVOKED,
    AGGREGATES_REBUILT,
    RETENTION_RUN,
    // #17a: every change made in the staff console (and the same API calls)
    PROGRAM_CREATED,
    PROGRAM_CHANGED,
    PROGRAM_ARCHIVED,
    PROGRAM_RESTORED,
    PROGRAM_DELETED,
    QUESTIONNAIRE_CREATED,
    QUESTIONNAIRE_CHANGED,
    QUESTIONNAIRE_DELETED,
    QUESTIONNAIRE_SETTINGS_CHANGED,
    QUESTION_ADDED,
    QUESTION_CHANGED,
    QUESTION_REMOVED,
    QUESTIONS_REORDERED,
    // issue #21: sign-in throttling, region changes (each with its before and after)
    SIGN_IN_THROTTLED,
    REGION_CREATED,
    REGION_CHANGED,
    REGION_DELETED,
    // #22: webhooks
    WEBHOOK_CREATED,
    WEBHOOK_DELETED,
    WEBHOOK_REPLAYED,
    // #19: field collection
    PAPER_SHEET_ENTERED,
    // issue #20: review of flagged responses
    RESPONSES_REVIEWED,
    /** A counter tablet was enrolled as a kiosk for a survey (issue #18). */
    KIOSK_ENROLLED,
    // issue #20 (items 3-4): follow-up plan and publication of results
    FOLLOW_UP_ADDED,
    FOLLOW_UP_CHANGED,
    RESULTS_PUBLICATION_CHANGED,
    // issue #20 (wt-20d): evaluation rounds, each with its before and after
    ROUND_CREATED,
    ROUND_CHANGED,
    ROUND_DELETED,
    // issue #19: answers imported from a CSV or XLSX file (who, which questionnaire, rows stored and refused)
    RESPONSES_IMPORTED
}
