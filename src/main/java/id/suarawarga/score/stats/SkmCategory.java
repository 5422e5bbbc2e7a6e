package id.suarawarga.score.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The service-quality category (mutu pelayanan) of PermenPANRB 14/2017, decided on a 25–100 konversi value
 * (IKM × 25, or NRR × 25 for one element) rounded to 2 decimals.
 */
public enum SkmCategory {
    A("Sangat Baik", "88.31"),
    B("Baik", "76.61"),
    C("Kurang Baik", "65.00"),
    D("Tidak Baik", "25.00");

    private final String label;
    private final BigDecimal lowerBound;

    SkmCategory(String label, String lowerBound) {
        this.label = label;
        this.lowerBound = new BigDecimal(lowerBound);
    }

    /** The regulation's wording, in Bahasa Indonesia. */
    public String label() {
        return label;
    }

    /** The lowest rounded konversi value in this category. */
    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /** The category of a konversi value: ≥ 88.31 A, ≥ 76.61 B, ≥ 65.00 C, else D, after rounding to 2 decimals. */
    public static SkmCategory ofKonversi(double konversi) {
        BigDecimal rounded = roundForCategory(konversi);
        for (SkmCategory category : values()) {
            if (rounded.compareTo(category.lowerBound) >= 0) {
                return category;
            }
        }
        return D;
    }

    /**
     * A konversi value rounded to 2 decimals, half up, as the category decision sees it. The double is read as
     * its shortest decimal form ({@link BigDecimal#valueOf(double)}), so a value written x.xx5 always rounds up, as on
     * paper and in a spreadsheet: 88.305 → 88.31 (A), and 64.985 → 64.99 although the binary double nearest 64.985
     * lies a hair below it.
     */
    public static BigDecimal roundForCategory(double konversi) {
        if (!Double.isFinite(konversi)) {
            throw new IllegalArgumentException("A konversi value must be a finite number, got " + konversi);
        }
        return BigDecimal.valueOf(konversi).setScale(2, RoundingMode.HALF_UP);
    }
}
