package id.suarawarga.response;

/** How a response arrived (column {@code survey_response.channel}, V11). */
public enum Channel {
    /** The resident's own form at /s/{slug}. */
    WEB,
    /** The public JSON API, for apps and integrations. */
    API,
    /** A counter tablet enrolled by staff: many residents on one device. */
    KIOSK,
    /** An officer interviewing residents in the field. */
    ENUMERATOR,
    /** A paper form typed in by staff. */
    PAPER,
    /** A row of an uploaded CSV or XLSX file. */
    IMPORT
}
