package id.suarawarga.web.staff;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as an Indonesian reader writes them (82,50; 1 Juli 2024), for the staff templates: {@code fmt:}. */
@TemplateExtension(namespace = "fmt")
public final class StaffFormat {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm 'WIB'", INDONESIAN).withZone(WIB);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", INDONESIAN);

    private StaffFormat() {}

    /** {@code value} with {@code digits} decimals and a decimal comma; a dash when there is no value. */
    static String dec(Double value, int digits) {
        return value == null ? "—" : String.format(INDONESIAN, "%,." + digits + "f", value);
    }

    /** A share 0–1 as a whole percentage. */
    static String pct(Double share) {
        return share == null ? "—" : String.format(INDONESIAN, "%.0f%%", share * 100);
    }

    /** A signed change, e.g. +2,40 or −1,10. */
    static String signed(Double value, int digits) {
        if (value == null) {
            return "—";
        }
        String text = String.format(INDONESIAN, "%,." + digits + "f", Math.abs(value));
        return (value > 0 ? "+" : value < 0 ? "−" : "±") + text;
    }

    static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    static String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(WIB).toLocalDate());
    }

    /** A query parameter value, percent-encoded (empty for null). */
    static String url(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
