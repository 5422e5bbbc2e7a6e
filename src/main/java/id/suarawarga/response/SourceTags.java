package id.suarawarga.response;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tag of a channel-tagged link ({@code /s/{slug}?k=loket-1}): which poster, counter or message a resident came
 * from. A tag names a place or a medium, never a person. A tag that does not fit is dropped (the response is stored
 * without one): a resident must never fail because a link was mistyped.
 */
public final class SourceTags {

    /** The same rule as the column's check constraint (V11). */
    public static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** The longest tag kept. */
    public static final int MAX_LENGTH = 40;

    private SourceTags() {}

    /** The tag as stored (trimmed, lower case), or null when absent or not a valid tag. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String tag = raw.strip().toLowerCase(Locale.ROOT);
        return VALID.matcher(tag).matches() ? tag : null;
    }
}
