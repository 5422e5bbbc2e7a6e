package id.suarawarga.insight;

/**
 * The headline figures of a group of responses: how many, IKM konversi with its category and interval, and the
 * benefit score; a figure is null when nobody in the group answered what it needs.
 */
public record ScoreFigures(
        long responses,
        Double ikmKonversi,
        String category,
        String categoryLabel,
        Long ikmN,
        Double konversiLow,
        Double konversiHigh,
        Double benefit,
        Long benefitN) {

    public static final ScoreFigures NONE = new ScoreFigures(0, null, null, null, null, null, null, null, null);

    public boolean hasIkm() {
        return ikmKonversi != null;
    }

    public boolean hasBenefit() {
        return benefit != null;
    }
}
