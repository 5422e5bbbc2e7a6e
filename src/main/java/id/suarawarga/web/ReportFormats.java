package id.suarawarga.web;

import id.suarawarga.export.SkmReport;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers and dates on the report as Indonesians write them: 84,53 and 6 Desember 2026. */
@TemplateExtension
public final class ReportFormats {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private ReportFormats() {}

    /** {@code {value.dec2}}: two decimals, or "–" when there is no value. */
    static String dec2(Double value) {
        return value == null ? "–" : String.format(INDONESIAN, "%.2f", value);
    }

    /** {@code {date.longDate}}: "6 Desember 2026", or "–" when there is no date. */
    static String longDate(LocalDate date) {
        return SkmReport.longDate(date);
    }
}
