package id.suarawarga.retention;

import id.suarawarga.common.config.SuaraConfig;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

/**
 * Runs retention on its schedule ({@code suara.retention.cron}, nightly in Indonesia by default). Every replica's
 * scheduler fires; the run's advisory lock lets one of them work and the others skip at once.
 */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(
            identity = "retention",
            cron = "${suara.retention.cron}",
            timeZone = "${suara.time-zone:Asia/Jakarta}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void scheduled() {
        retention.run(RetentionTrigger.SCHEDULE, null);
    }

    /** Skips scheduled runs while {@code suara.retention.enabled} is false. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final boolean enabled;

        Disabled(SuaraConfig config) {
            this.enabled = config.retention().enabled();
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
