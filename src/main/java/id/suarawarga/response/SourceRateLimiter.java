package id.suarawarga.response;

import id.suarawarga.common.config.SuaraConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts responses per source (keyed hash of address and questionnaire) in fixed windows. In memory and per
 * instance: with several replicas each counts its share, which only makes the limit more generous.
 */
@ApplicationScoped
public class SourceRateLimiter {

    /** What the count says about one more response. */
    public enum Verdict {
        OK,
        FLAG,
        REJECT
    }

    private record Window(long start, AtomicInteger count) {}

    private static final int SWEEP_EVERY = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final long windowMillis;
    private final int flagAbove;
    private final int rejectAbove;
    private final Clock clock;

    @Inject
    SourceRateLimiter(SuaraConfig config) {
        this(
                config.guard().rateWindow().toMillis(),
                config.guard().rateFlagAbove(),
                config.guard().rateRejectAbove(),
                Clock.systemUTC());
    }

    SourceRateLimiter(long windowMillis, int flagAbove, int rejectAbove, Clock clock) {
        this.windowMillis = windowMillis;
        this.flagAbove = flagAbove;
        this.rejectAbove = rejectAbove;
        this.clock = clock;
    }

    public Verdict record(String source) {
        long now = clock.millis();
        long start = now - now % windowMillis;
        Window window = windows.compute(
                source, (k, w) -> w == null || w.start() != start ? new Window(start, new AtomicInteger()) : w);
        int count = window.count().incrementAndGet();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            windows.values().removeIf(w -> w.start() < start);
        }
        return count > rejectAbove ? Verdict.REJECT : count > flagAbove ? Verdict.FLAG : Verdict.OK;
    }
}
