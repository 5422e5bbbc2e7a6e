package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suarawarga.score.stats.KrejcieMorgan.Row;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped Krejcie–Morgan table, the between-rows rule and the formula it came from. */
class KrejcieMorganTest {

    private final KrejcieMorgan table = KrejcieMorgan.table();

    @ParameterizedTest(name = "N = {0} → {1}")
    @CsvSource({
        // The points DOMAIN.md quotes.
        "50, 44",
        "100, 80",
        "150, 108",
        "200, 132",
        "300, 169",
        "500, 217",
        "1000, 278",
        "2000, 322",
        "5000, 357",
        "10000, 370",
        "100000, 384",
        "1000000, 384",
        // Other rows of the 1970 table.
        "10, 10",
        "9000, 368",
        "75000, 382"
    })
    void tabulatedPopulationsNeedThePublishedSample(long population, long sample) {
        assertThat(table.requiredSample(population)).isEqualTo(sample);
    }

    @ParameterizedTest(name = "N = {0} → {1}")
    @CsvSource({
        "51,      48", // between 50 and 55: the row for 55
        "101,     86", // between 100 and 110
        "999,     278", // up to 1000
        "1001,    285", // the row for 1100
        "75001,   384",
        "5000000, 384", // beyond the table: its last row
        "1,       1", // below the first row: everyone
        "7,       7",
        "12,      12"
    }) // the row for 15 says 14, more than there are people
    void populationsBetweenRowsTakeTheNextLargerRow(long population, long sample) {
        assertThat(table.requiredSample(population)).isEqualTo(sample);
    }

    @Test
    void shipsTheWholeTable() {
        List<Row> rows = table.rows();
        assertThat(rows).hasSize(91);
        assertThat(rows.get(0)).isEqualTo(new Row(10, 10));
        assertThat(rows.get(rows.size() - 1)).isEqualTo(new Row(1_000_000, 384));
    }

    @Test
    void tableAgreesWithTheFormulaRoundedToTheNearestWhole() {
        for (Row row : table.rows()) {
            long formula = Math.round(KrejcieMorgan.formula(row.population()));
            if (row.population() == 100_000) {
                // DOMAIN.md (like many reproductions of the table) lists 384 here; the formula gives 382.6.
                assertThat(formula).isEqualTo(383);
            } else {
                assertThat(row.sample()).as("N = %d", row.population()).isEqualTo(formula);
            }
        }
    }

    @ParameterizedTest(name = "s({0}) ≈ {1}")
    @CsvSource({"50, 44.343", "100, 79.507", "500, 217.473", "1000000, 383.953"})
    void formulaMatchesHandComputation(long population, double expected) {
        // s = 3.841·N·0.25 / (0.0025·(N − 1) + 3.841·0.25).
        assertThat(KrejcieMorgan.formula(population))
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(0.001));
    }

    @Test
    void requiredSampleNeverShrinksAsThePopulationGrows() {
        long previous = 0;
        for (long population = 1; population <= 12_000; population++) {
            long sample = table.requiredSample(population);
            assertThat(sample).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(population);
            previous = sample;
        }
    }

    @Test
    void rejectsADamagedTable() {
        assertThatThrownBy(() -> KrejcieMorgan.parse(List.of("population,sample", "20,19", "15,14")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KrejcieMorgan.parse(List.of("N,S", "10,10")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KrejcieMorgan.parse(List.of("population,sample", "10,11")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table.requiredSample(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
