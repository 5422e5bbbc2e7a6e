package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Progress toward the Krejcie–Morgan sample and the Smart City quota of 50. */
class SampleProgressTest {

    @ParameterizedTest(name = "{0} respondents of N = {1}")
    @CsvSource({
        "25,  100,  80,  0.3125, 0.5",
        "0,   500,  217, 0,      0",
        "50,  1000, 278, 0.179856, 1",
        "300, 1000, 278, 1.079137, 6"
    })
    void fractionsTowardBothTargets(
            long respondents, long population, long required, double towardRequired, double towardQuota) {
        SampleProgress progress = SampleProgress.of(respondents, OptionalLong.of(population));
        assertThat(progress.requiredSample()).hasValue(required);
        assertThat(progress.requiredProgress().orElseThrow()).isCloseTo(towardRequired, within(1e-6));
        assertThat(progress.quota()).isEqualTo(50);
        assertThat(progress.quotaProgress()).isCloseTo(towardQuota, within(1e-12));
    }

    @Test
    void unknownPopulationLeavesOnlyTheQuota() {
        SampleProgress progress = SampleProgress.of(49, OptionalLong.empty());
        assertThat(progress.requiredSample()).isEmpty();
        assertThat(progress.requiredProgress()).isEmpty();
        assertThat(progress.requiredSampleReached()).isFalse();
        assertThat(progress.quotaProgress()).isCloseTo(0.98, within(1e-12));
        assertThat(progress.quotaReached()).isFalse();
        assertThat(SampleProgress.of(50, OptionalLong.empty()).quotaReached()).isTrue();
    }

    @Test
    void targetsAreReachedAtExactlyTheirSize() {
        assertThat(SampleProgress.of(79, OptionalLong.of(100)).requiredSampleReached())
                .isFalse();
        assertThat(SampleProgress.of(80, OptionalLong.of(100)).requiredSampleReached())
                .isTrue();
        assertThat(SampleProgress.of(120, OptionalLong.of(100), 150).quotaProgress())
                .isCloseTo(0.8, within(1e-12));
    }
}
