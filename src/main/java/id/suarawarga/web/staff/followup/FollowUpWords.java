package id.suarawarga.web.staff.followup;

import id.suarawarga.followup.FollowUpStatus;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Indonesian (and English) words for follow-up statuses and dates on the staff pages and the printed report. */
@TemplateExtension
public final class FollowUpWords {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private FollowUpWords() {}

    /** PLANNED → "Direncanakan". */
    static String label(FollowUpStatus status) {
        return switch (status) {
            case PLANNED -> "Direncanakan";
            case IN_PROGRESS -> "Sedang berjalan";
            case DONE -> "Selesai";
        };
    }

    /** PLANNED → "Planned" (shown beside the Indonesian). */
    static String english(FollowUpStatus status) {
        return switch (status) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
        };
    }

    /** The badge colour of a status, from the dashboard's palette: planned blue, under way orange, done green. */
    static String badge(FollowUpStatus status) {
        return switch (status) {
            case PLANNED -> "cat-B";
            case IN_PROGRESS -> "cat-C";
            case DONE -> "cat-A";
        };
    }

    /** 30 November 2024. */
    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
