package id.suarawarga.score.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A share (e.g. top-2-box) with its counts and 95% Wilson interval; no share and no interval at n = 0. */
public record ShareEstimate(long successes, long n, OptionalDouble share, Optional<ConfidenceInterval> interval) {

    public ShareEstimate {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("Need 0 ≤ successes ≤ n, got " + successes + " of " + n);
        }
    }

    public static ShareEstimate of(long successes, long n, OptionalLong population) {
        OptionalDouble share = n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) successes / n);
        return new ShareEstimate(successes, n, share, ConfidenceIntervals.wilson(successes, n, population));
    }

    /** Fewer than 30 respondents (DOMAIN.md): publish, but flag it. */
    public boolean provisional() {
        return Provisional.isProvisional(n);
    }
}
