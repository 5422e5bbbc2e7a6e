package id.suarawarga.web;

import java.util.Locale;

/** Picks the page language: an explicit switch, then the remembered choice, then the browser's preference; Indonesian by default. */
final class PageLanguage {

    static final String COOKIE = "sw_lang";

    private PageLanguage() {}

    static String resolve(String requested, String remembered, String acceptLanguage, boolean englishAvailable) {
        if (!englishAvailable) {
            return "id";
        }
        if (isSupported(requested)) {
            return requested;
        }
        if (isSupported(remembered)) {
            return remembered;
        }
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(safe(acceptLanguage))) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && isSupported(language)) {
                    return language;
                }
            }
        }
        return "id";
    }

    static boolean isSupported(String language) {
        return "id".equals(language) || "en".equals(language);
    }

    private static String safe(String header) {
        try {
            Locale.LanguageRange.parse(header);
            return header;
        } catch (IllegalArgumentException e) {
            return "id";
        }
    }
}
