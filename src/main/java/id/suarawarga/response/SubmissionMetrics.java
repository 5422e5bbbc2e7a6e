package id.suarawarga.response;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * Prometheus metrics of submissions: {@code suara_responses_total{channel, outcome}},
 * {@code suara_responses_flagged_total{reason}} and the {@code suara_submission_seconds} histogram. Counts only:
 * never answers, keys or addresses.
 */
@ApplicationScoped
public class SubmissionMetrics {

    private final MeterRegistry registry;
    private final Timer latency;

    SubmissionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("suara.submission")
                .description("Time to check and durably store (or refuse) one submission")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    void record(Channel channel, SubmissionOutcome outcome, long nanos) {
        Counter.builder("suara.responses")
                .description("Submissions by outcome: accepted, replayed, invalid, not_eligible, key_reused, already_answered, rate_limited")
                .tag("channel", channel.name().toLowerCase())
                .tag("outcome", outcome(outcome))
                .register(registry)
                .increment();
        latency.record(Duration.ofNanos(nanos));
    }

    void flagged(List<FlagReason> reasons) {
        for (FlagReason reason : reasons) {
            Counter.builder("suara.responses.flagged")
                    .description("Stored responses flagged as suspect, by reason")
                    .tag("reason", reason.name().toLowerCase())
                    .register(registry)
                    .increment();
        }
    }

    private static String outcome(SubmissionOutcome outcome) {
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return accepted.replayed() ? "replayed" : "accepted";
        }
        if (outcome instanceof SubmissionOutcome.Invalid) {
            return "invalid";
        }
        if (outcome instanceof SubmissionOutcome.NotEligible) {
            return "not_eligible";
        }
        if (outcome instanceof SubmissionOutcome.KeyReused) {
            return "key_reused";
        }
        if (outcome instanceof SubmissionOutcome.DuplicateDevice) {
            return "already_answered";
        }
        return "rate_limited";
    }
}
