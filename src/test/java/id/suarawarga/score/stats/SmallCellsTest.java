package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static final String H = SmallCells.HIDDEN;

    @Test
    void hidesCountsBelowFiveAndEnoughOthersThatTheirSumIsNotSmall() {
        // 4 + 0 hidden: n − 12 − 5 would say "4 people in those two groups"; the 5 goes too
        assertThat(SmallCells.shown(List.of(12L, 4L, 0L, 5L))).containsExactly("12", H, H, H);
    }

    @Test
    void hidesTheSmallestShownCountTooWhenOnlyOneWouldBeHidden() {
        // n = 30 is published: with only "3" hidden, 30 − 20 − 7 would give it away
        assertThat(SmallCells.shown(List.of(20L, 3L, 7L))).containsExactly("20", H, H);
    }

    @Test
    void hidesMoreWhileTheHiddenCellsTogetherHoldFewerThanFive() {
        // 1 + 2 = 3 hidden: subtracting would reveal "3 people in two groups", so the next smallest (6) goes too
        assertThat(SmallCells.shown(List.of(40L, 1L, 2L, 6L, 9L))).containsExactly("40", H, H, H, "9");
    }

    @Test
    void keepsTwoSmallCellsHiddenWithoutMoreWhenTheirSumIsFiveOrMore() {
        assertThat(SmallCells.shown(List.of(40L, 2L, 3L, 6L))).containsExactly("40", H, H, "6");
    }

    @Test
    void showsEverythingWhenNoCountIsSmall() {
        assertThat(SmallCells.shown(List.of(20L, 5L, 7L))).containsExactly("20", "5", "7");
    }

    @Test
    void hidesASingleSmallBreakdownCell() {
        assertThat(SmallCells.shown(List.of(2L))).containsExactly(H);
    }

    @Test
    void aTwoCellBreakdownWithOneSmallCellIsHiddenWhole() {
        assertThat(SmallCells.shown(List.of(3L, 40L))).containsExactly(H, H);
    }

    @Test
    void noHiddenCountCanBeWorkedOutFromTheTotalAndTheShownCells() {
        // the attacker's tools on one breakdown: the total (n is on the page) minus the shown cells
        Random random = new Random(20);
        for (int run = 0; run < 20_000; run++) {
            int size = 1 + random.nextInt(7);
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                counts.add((long) (random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40)));
            }
            List<Boolean> hidden = SmallCells.hidden(counts);
            long hiddenCells = hidden.stream().filter(h -> h).count();
            long hiddenSum = 0;
            for (int i = 0; i < size; i++) {
                if (counts.get(i) < SmallCells.MIN_SHOWN) {
                    assertThat(hidden.get(i)).as("%s cell %d", counts, i).isTrue();
                }
                hiddenSum += hidden.get(i) ? counts.get(i) : 0;
            }
            if (hiddenCells > 0 && hiddenCells < size) {
                // total − shown = hiddenSum: it must not single out one cell nor be a small group itself
                assertThat(hiddenCells).as("%s", counts).isGreaterThanOrEqualTo(2);
                assertThat(hiddenSum).as("%s", counts).isGreaterThanOrEqualTo(SmallCells.MIN_SHOWN);
            }
        }
    }
}
