package id.suarawarga.web.staff.chart;

/**
 * Colours of the SKM categories and of answer points, dark enough for white text and distinct in greyscale;
 * every chart also writes the category or the count, so colour is never the only signal.
 */
public final class SkmColours {

    private static final String[] LIKERT_4 = {"#b3261e", "#d9822b", "#5b9bd5", "#1e6b34"};
    private static final String[] LIKERT_5 = {"#b3261e", "#d9822b", "#8a8f98", "#5b9bd5", "#1e6b34"};
    private static final String[] CHOICES = {
        "#0a4a82", "#d9822b", "#1e7b6b", "#8e3b8e", "#5b6b00", "#b3261e", "#4a4a4a", "#2f6db5"
    };

    private SkmColours() {}

    /** The colour of SKM category A–D; grey when there is none. */
    public static String category(String category) {
        if (category == null) {
            return "#8a8f98";
        }
        return switch (category) {
            case "A" -> "#1e6b34";
            case "B" -> "#2f6db5";
            case "C" -> "#b35c00";
            default -> "#b3261e";
        };
    }

    /** The colour of answer point {@code point} (1..points) of a Likert scale: red (worst) to green (best). */
    public static String likert(int point, int points) {
        String[] palette = points == 5 ? LIKERT_5 : LIKERT_4;
        return palette[Math.max(0, Math.min(palette.length - 1, point - 1))];
    }

    /** A distinct colour for the {@code index}-th option of a choice question. */
    public static String choice(int index) {
        return CHOICES[index % CHOICES.length];
    }
}
