package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regulation's bands on the konversi value rounded to 2 decimals. */
class SkmCategoryTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "25.00,  D",
        "64.99,  D",
        "64.994, D", // rounds to 64.99
        "64.995, C", // rounds half up to 65.00
        "65.00,  C",
        "76.60,  C",
        "76.604, C",
        "76.605, B", // rounds to 76.61
        "76.61,  B",
        "88.30,  B",
        "88.3049, B", // rounds to 88.30
        "88.305, A", // rounds half up to 88.31
        "88.31,  A",
        "100.00, A"
    })
    void categoryFollowsTheRoundedKonversi(double konversi, SkmCategory expected) {
        assertThat(SkmCategory.ofKonversi(konversi)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({
        "88.305,   88.31",
        "88.3049,  88.30",
        "76.60499, 76.60",
        "64.995,   65.00",
        "64.985,   64.99", // the double nearest 64.985 is 64.98499999999999943…: read as written, not as stored
        "88.315,   88.32", // likewise 88.31499999999999773…
        "100,      100.00"
    })
    void roundsHalfUpToTwoDecimals(double konversi, String rounded) {
        assertThat(SkmCategory.roundForCategory(konversi)).isEqualTo(new BigDecimal(rounded));
    }

    @Test
    void carriesTheRegulationsLabels() {
        assertThat(SkmCategory.A.label()).isEqualTo("Sangat Baik");
        assertThat(SkmCategory.B.label()).isEqualTo("Baik");
        assertThat(SkmCategory.C.label()).isEqualTo("Kurang Baik");
        assertThat(SkmCategory.D.label()).isEqualTo("Tidak Baik");
    }

    @Test
    void rejectsNonNumbers() {
        assertThatThrownBy(() -> SkmCategory.ofKonversi(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
