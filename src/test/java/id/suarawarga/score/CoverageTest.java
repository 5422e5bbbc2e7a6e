package id.suarawarga.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much of a region's or dimension's total has data, and when it stops being provisional. */
class CoverageTest {

    /** [dimension, responses, programs, programs with data] per sub-dimension. */
    private static long[] sub(long dimension, long responses, long programs, long withData) {
        return new long[] {dimension, responses, programs, withData};
    }

    @Test
    void aRegionWithOneDimensionAnsweredIsIncomplete() {
        List<long[]> subs = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            for (int s = 0; s < 3; s++) {
                subs.add(d == 0 && s == 0 ? sub(d, 55, 1, 1) : sub(d, 0, d == 2 && s == 2 ? 1 : 0, 0));
            }
        }
        RegionScoreView.Coverage coverage = RegionScoreView.Coverage.of(subs, 50);
        assertThat(coverage).isEqualTo(new RegionScoreView.Coverage(6, 1, 18, 1, 1, 2, 1, false));
    }

    @Test
    void completeOnlyWhenEverySubDimensionReachedTheQuota() {
        assertThat(RegionScoreView.Coverage.of(List.of(sub(0, 50, 1, 1), sub(0, 61, 2, 2), sub(0, 50, 1, 1)), 50)
                        .complete())
                .isTrue();
        assertThat(RegionScoreView.Coverage.of(List.of(sub(0, 50, 1, 1), sub(0, 49, 1, 1), sub(0, 400, 1, 1)), 50)
                        .complete())
                .isFalse();
        assertThat(RegionScoreView.Coverage.of(List.of(), 50).complete()).isFalse();
    }
}
