package id.suarawarga.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Numbers on staff pages as Indonesians write them: two decimals with a decimal comma (84,53). */
@TemplateExtension
public final class ReportFormats {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private ReportFormats() {}

    /** {@code {value.dec2}}: two decimals, or "–" when there is no value. */
    static String dec2(Double value) {
        return value == null ? "–" : String.format(INDONESIAN, "%.2f", value);
    }
}
