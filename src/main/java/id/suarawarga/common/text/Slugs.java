package id.suarawarga.common.text;

import java.text.Normalizer;
import java.util.Locale;

/** Public URL slugs: "Si Mantab" → {@code si-mantab}. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private Slugs() {}

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
