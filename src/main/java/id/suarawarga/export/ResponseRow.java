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
        String sourceTag,
        String language,
        boolean flagged,
        List<String> flagReasons,
        String review,
        String reviewNote,
        boolean otherPersonDeclared,
        List<Object> cells) {

    /** Whether the row counts in the scores: not flagged, or counted on review. */
    public boolean counted() {
        return !flagged;
    }

    /**
     * Why it counts or not: NOT_FLAGGED, WAITING_REVIEW (flagged, not decided: left out), COUNTED_ON_REVIEW or
     * REJECTED_ON_REVIEW (the reviewer's note is in the next column).
     */
    public String countReason() {
        if (flagReasons.isEmpty()) {
            return "NOT_FLAGGED";
        }
        return review == null ? "WAITING_REVIEW" : review + "_ON_REVIEW";
    }

    /** Flag reasons as one cell: "DUPLICATE_DEVICE; TOO_FAST". */
    public String flagReasonsCell() {
        return String.join("; ", flagReasons);
    }
}
