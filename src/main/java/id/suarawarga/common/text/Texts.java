package id.suarawarga.common.text;

/** Small text helpers shared by the features. */
public final class Texts {

    private Texts() {}

    /** The trimmed value, or null when it is null or blank (an absent optional filter). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
