package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    @Test
    void hidesCountsBelowFive() {
        assertThat(SmallCells.shown(List.of(12L, 4L, 0L, 5L))).containsExactly("12", "< 5", "< 5", "5");
    }

    @Test
    void hidesTheSmallestShownCountTooWhenOnlyOneWouldBeHidden() {
        // n = 30 is published: with only "3" hidden, 30 − 20 − 7 would give it away
        assertThat(SmallCells.shown(List.of(20L, 3L, 7L))).containsExactly("20", "< 5", "< 5");
    }

    @Test
    void showsEverythingWhenNoCountIsSmall() {
        assertThat(SmallCells.shown(List.of(20L, 5L, 7L))).containsExactly("20", "5", "7");
    }

    @Test
    void hidesASingleSmallBreakdownCell() {
        assertThat(SmallCells.shown(List.of(2L))).containsExactly("< 5");
    }
}
