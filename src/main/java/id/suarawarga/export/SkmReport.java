package id.suarawarga.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The SKM report of one questionnaire (PermenPANRB 14/2017 layout): every figure comes from the score engine via
 * {@code ScoreService}; only the respondent profile counts and the comments are read here, with small cells hidden.
 *
 * @param ikm absent when no SKM element was answered
 */
public record SkmReport(
        Summary summary,
        Ikm ikm,
        List<Element> elements,
        List<ProfileQuestion> profile,
        List<Comment> latestComments,
        long commentCount) {

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    /** A date as the report prints it: "6 Desember 2026"; "–" without a date. */
    public static String longDate(LocalDate date) {
        return date == null ? "–" : LONG_DATE.format(date);
    }

    /** Up to this many of the newest comments are shown on the printable page; the workbook has them all. */
    public static final int PAGE_COMMENTS = 200;

    /** What, when and how many. */
    public record Summary(
            String region,
            String program,
            String agency,
            int year,
            String questionnaire,
            int version,
            String status,
            LocalDate firstResponse,
            LocalDate lastResponse,
            String timeZone,
            long responses,
            boolean provisional,
            boolean includeFlagged,
            Integer targetPopulation,
            Long requiredSample,
            long quota,
            LocalDate reportDate) {}

    /** The IKM: on 1–4, konversi 25–100 with category and 95% interval, and on the evaluation's index scale. */
    public record Ikm(
            double value,
            double konversi,
            String category,
            String categoryLabel,
            Double konversiLow,
            Double konversiHigh,
            double index,
            double indexMin,
            double indexMax,
            long n) {}

    /** One SKM element (unsur). */
    public record Element(String code, String name, long n, double nrr, double konversi, String category) {}

    /** One profile question and its bands, counts already made safe to show. */
    public record ProfileQuestion(String code, String question, List<Band> bands) {}

    /** One band of the profile: its label and the count as shown ("< 5" when small). */
    public record Band(String label, String count) {}

    /** One comment: the day it came and its text. */
    public record Comment(LocalDate date, String question, String text) {}
}
