package id.suarawarga.score.stats;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How far a program's respondents are toward the two targets: the Krejcie–Morgan sample for its target
 * population (when the population is known) and the Smart City quota. Progress is a plain fraction
 * respondents / target and may exceed 1.
 *
 * @param requiredSample the Krejcie–Morgan sample; empty while the population is unknown
 * @param requiredProgress respondents / requiredSample; empty while the population is unknown
 */
public record SampleProgress(
        long respondents,
        OptionalLong requiredSample,
        long quota,
        OptionalDouble requiredProgress,
        double quotaProgress) {

    /**
     * The Smart City impact survey's quota: 50 respondents per sub-dimension (one program each), or 50 per
     * dimension when one form covers all three of its sub-dimensions.
     */
    public static final long SMART_CITY_QUOTA = 50;

    /** Progress toward the Krejcie–Morgan sample of {@code population} (if known) and the Smart City quota. */
    public static SampleProgress of(long respondents, OptionalLong population) {
        return of(respondents, population, SMART_CITY_QUOTA);
    }

    /** Progress toward another quota, for a region that sets its own target. */
    public static SampleProgress of(long respondents, OptionalLong population, long quota) {
        if (respondents < 0 || quota < 1) {
            throw new IllegalArgumentException(
                    "Need respondents ≥ 0 and a quota ≥ 1, got " + respondents + ", " + quota);
        }
        OptionalLong required = population.isPresent()
                ? OptionalLong.of(KrejcieMorgan.table().requiredSample(population.getAsLong()))
                : OptionalLong.empty();
        OptionalDouble requiredProgress = required.isPresent()
                ? OptionalDouble.of((double) respondents / required.getAsLong())
                : OptionalDouble.empty();
        return new SampleProgress(respondents, required, quota, requiredProgress, (double) respondents / quota);
    }

    /** Whether the Krejcie–Morgan sample is reached; false while the population is unknown. */
    public boolean requiredSampleReached() {
        return requiredSample.isPresent() && respondents >= requiredSample.getAsLong();
    }

    public boolean quotaReached() {
        return respondents >= quota;
    }
}
