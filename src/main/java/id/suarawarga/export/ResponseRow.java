package id.suarawarga.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One anonymised response as exported: a running number (not the database id), the day it was submitted in the
 * export's time zone, and one cell per answer column (null when not answered). Reused by the reader, never kept.
 */
public record ResponseRow(
        long number,
        LocalDate submitted,
        String channel,
        String language,
        boolean flagged,
        List<String> flagReasons,
        List<Object> cells) {

    /** Flag reasons as one cell: "DUPLICATE_DEVICE; TOO_FAST". */
    public String flagReasonsCell() {
        return String.join("; ", flagReasons);
    }
}
