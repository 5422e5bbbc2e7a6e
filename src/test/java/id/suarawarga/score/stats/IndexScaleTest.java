package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The linear map from the 1–4 basis to the evaluation's index scale. */
class IndexScaleTest {

    @ParameterizedTest(name = "{2} on [{0}, {1}] → {3}")
    @CsvSource({
        "1, 4,   1,     1",
        "1, 4,   3.07,  3.07",
        "1, 4,   4,     4",
        "0, 100, 1,     0",
        "0, 100, 2.5,   50",
        "0, 100, 4,     100",
        "1, 5,   2.5,   3",
        "0, 4,   3.25,  3"
    })
    void mapsOneToMinAndFourToMax(double min, double max, double score, double expected) {
        assertThat(new IndexScale(min, max).fromFourPointBasis(score)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void defaultIsOneToFour() {
        assertThat(IndexScale.DEFAULT).isEqualTo(new IndexScale(1, 4));
    }

    @Test
    void mapsTheIntervalAlong() {
        IndexScore score = new IndexScale(0, 100).score(2.5, Optional.of(new ConfidenceInterval(2.2, 2.8)));
        assertThat(score.value()).isCloseTo(50, within(1e-12));
        assertThat(score.interval().orElseThrow().low()).isCloseTo(40, within(1e-12));
        assertThat(score.interval().orElseThrow().high()).isCloseTo(60, within(1e-12));
        assertThat(IndexScale.DEFAULT.score(3, Optional.empty()).interval()).isEmpty();
    }

    @Test
    void rejectsAnEmptyOrReversedScale() {
        assertThatThrownBy(() -> new IndexScale(4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexScale(2, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
