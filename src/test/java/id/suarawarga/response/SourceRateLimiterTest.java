package id.suarawarga.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SourceRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        long millis;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void flagsThenRefusesWithinAWindowAndForgetsInTheNext() {
        ManualClock clock = new ManualClock();
        SourceRateLimiter limiter = new SourceRateLimiter(600_000, 3, 5, clock);

        assertThat(limiter.record("office")).isEqualTo(SourceRateLimiter.Verdict.OK);
        assertThat(limiter.record("office")).isEqualTo(SourceRateLimiter.Verdict.OK);
        assertThat(limiter.record("office")).isEqualTo(SourceRateLimiter.Verdict.OK);
        assertThat(limiter.record("office")).isEqualTo(SourceRateLimiter.Verdict.FLAG);
        assertThat(limiter.record("office")).isEqualTo(SourceRateLimiter.Verdict.FLAG);
        assertThat(limiter.record("office")).isEqualTo(SourceRateLimiter.Verdict.REJECT);
        assertThat(limiter.record("another-office")).isEqualTo(SourceRateLimiter.Verdict.OK);

        clock.millis += 600_000;
        assertThat(limiter.record("office")).isEqualTo(SourceRateLimiter.Verdict.OK);
    }
}
