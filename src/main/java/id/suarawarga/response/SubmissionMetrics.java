package id.suarawarga.response;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics of submissions: {@code suara_responses_total{channel, outcome}},
 * {@code suara_responses_flagged_total{reason}}, the {@code suara_submission_seconds} histogram, and of the group
 * commit: {@code suara_response_batch_seconds} (writing one batch, commit included) and
 * {@code suara_response_batch_rows} (responses per batch). Counts only: never answers, keys or addresses.
 */
@ApplicationScoped
public class SubmissionMetrics {

    private final MeterRegistry registry;
    private final Timer latency;
    private final Timer batchTime;
    private final DistributionSummary batchRows;
    /** Counters by channel and outcome, looked up once: this runs for every submission. */
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();

    SubmissionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("suara.submission")
                .description("Time to check and durably store (or refuse) one submission")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        this.batchTime = Timer.builder("suara.response.batch")
                .description(
                        "Time to write one batch of new responses, commit included; the writer is busy for their sum")
                .register(registry);
        this.batchRows = DistributionSummary.builder("suara.response.batch.rows")
                .description("Responses per written batch (group commit)")
                .register(registry);
    }

    void record(Channel channel, SubmissionOutcome outcome, long nanos) {
        String outcomeTag = outcome(outcome);
        outcomes.computeIfAbsent(
                        channel.name() + "/" + outcomeTag,
                        ignored -> Counter.builder("suara.responses")
                                .description(
                                        "Submissions by outcome: accepted, replayed, invalid, not_eligible, key_reused, already_answered, rate_limited")
                                .tag("channel", channel.name().toLowerCase())
                                .tag("outcome", outcomeTag)
                                .register(registry))
                .increment();
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }

    void batchWritten(int rows, long nanos) {
        batchRows.record(rows);
        batchTime.record(nanos, TimeUnit.NANOSECONDS);
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
