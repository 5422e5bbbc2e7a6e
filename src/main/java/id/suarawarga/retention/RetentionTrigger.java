package id.suarawarga.retention;

/** What started a retention run. */
public enum RetentionTrigger {
    /** The nightly schedule ({@code suara.retention.cron}). */
    SCHEDULE,
    /** An admin, through {@code POST /api/v1/retention/run}. */
    ADMIN
}
