package id.suarawarga.insight;

import java.time.LocalDate;
import java.util.List;

/** Responses and IKM per ISO week, from the first week with a response to the last, empty weeks included. */
public record WeeklyTrendView(String timeZone, List<Week> weeks) {

    /**
     * One ISO week.
     *
     * @param monday the first day of the week in the dashboard's time zone
     * @param isoWeek e.g. 2024-W07
     */
    public record Week(LocalDate monday, String isoWeek, ScoreFigures figures) {}

    public long responses() {
        return weeks.stream().mapToLong(w -> w.figures().responses()).sum();
    }
}
