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
    RETENTION_RUN
}
