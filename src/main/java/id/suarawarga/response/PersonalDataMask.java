package id.suarawarga.response;

import java.util.regex.Pattern;

/**
 * Masks what a resident may type into a comment that identifies them (UU 27/2022 PDP: collect the minimum): e-mail
 * addresses, 16-digit NIK-like numbers and Indonesian phone numbers, before the answer is stored, so no page, report
 * or export can show them. The one rule for free text; the form tells residents under each box.
 */
public final class PersonalDataMask {

    public static final String EMAIL = "[email disamarkan]";
    public static final String NIK = "[NIK disamarkan]";
    public static final String PHONE = "[nomor telepon disamarkan]";

    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    /** Sixteen digits, alone or in groups split by a space, dot or dash (NIK, KK and card numbers alike). */
    private static final Pattern NIK_PATTERN = Pattern.compile("(?<!\\d)(?:\\d[ .-]?){15}\\d(?!\\d)");

    /**
     * A mobile number (08…, 628…, +62 8…) of 9 to 13 digits, or a landline with an area code (0511 325 1234,
     * (0511) 3251234), digits grouped by single spaces, dots or dashes.
     */
    private static final Pattern PHONE_PATTERN =
            Pattern.compile("(?<![\\d+])(?:(?:\\+62|62|0)[ .-]?8\\d(?:[ .-]?\\d){6,10}"
                    + "|\\(?0[2-9]\\d{1,2}\\)?[ .-]?\\d{3,4}[ .-]?\\d{3,5})(?!\\d)");

    private PersonalDataMask() {}

    /** The text with every e-mail address, NIK-like number and phone number replaced by a bracketed word. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
        masked = NIK_PATTERN.matcher(masked).replaceAll(NIK);
        return PHONE_PATTERN.matcher(masked).replaceAll(PHONE);
    }
}
