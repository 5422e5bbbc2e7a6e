package id.suarawarga.web;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates on the public results pages in the page's language ({@code 75,00} / {@code 75.00}). */
@TemplateExtension(namespace = "angka")
public final class ResultFormat {

    private ResultFormat() {}

    /** A number with {@code places} decimals in the page's language; a dash for none. */
    public static String dec(Double value, int places, String lang) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("en".equals(lang) ? "en" : "id"));
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format.format(value);
    }

    /** 30 September 2024 (English) / 30 September 2024 (Indonesian month names). */
    public static String date(LocalDate date, String lang) {
        if (date == null) {
            return "–";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("en".equals(lang) ? "en" : "id"))
                .format(date);
    }
}
