package id.suarawarga.retention;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.config.SuaraConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Anonymises raw responses once their retention period is over (UU 27/2022 PDP), keeping what the scores and profile
 * breakdowns need so that every score, aggregate check and rebuild gives the same numbers afterwards (V6 migration).
 * A run is small batches in short transactions; one run at a time across replicas; running again changes nothing.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionQueries repository;
    private final AuditLog audit;
    private final SuaraConfig.Retention config;
    private final String zone;
    private final Clock clock = Clock.systemUTC();

    RetentionService(RetentionQueries repository, AuditLog audit, SuaraConfig config) {
        this.repository = repository;
        this.audit = audit;
        this.config = config.retention();
        this.zone = config.timeZone().getId();
    }

    /** The settings, what is due now, and the last run. */
    public RetentionStatusView status() {
        return status(clock.instant());
    }

    /** As {@link #status()}, as if it were {@code now}. */
    public RetentionStatusView status(Instant now) {
        Instant endedBefore = now.minus(config.period());
        RetentionQueries.Due due = repository.due(endedBefore);
        return new RetentionStatusView(
                config.enabled(),
                config.cron(),
                zone,
                config.period().toString(),
                config.batchSize(),
                endedBefore,
                due.questionnaires(),
                due.responses(),
                due.nextEnd() == null ? null : due.nextEnd().plus(config.period()),
                due.openEnded(),
                repository.lastRun().orElse(null));
    }

    /** Runs now; empty when another run (on any replica) is under way. */
    public Optional<RetentionRunView> run(RetentionTrigger trigger, String actor) {
        return run(trigger, actor, clock.instant());
    }

    /**
     * Anonymises every raw response due at {@code now} (a parameter so that tests can move time instead of waiting a
     * year). Empty, at once, when another run holds the lock.
     */
    public Optional<RetentionRunView> run(RetentionTrigger trigger, String actor, Instant now) {
        Instant endedBefore = micros(now.minus(config.period()));
        Optional<RetentionRunView> run = repository.whileLocked(session -> {
            Instant started = micros(clock.instant());
            List<Long> due = session.dueQuestionnaires(endedBefore);
            long anonymised = 0;
            int batches = 0;
            for (long questionnaireId : due) {
                int done;
                do {
                    done = session.anonymiseBatch(questionnaireId, config.batchSize());
                    anonymised += done;
                    batches++;
                } while (done > 0);
            }
            RetentionRunView finished = new RetentionRunView(
                    0, trigger, actor, started, micros(clock.instant()), endedBefore, due.size(), anonymised, batches);
            return finished.withId(session.record(finished));
        });
        if (run.isEmpty()) {
            LOG.infof("Retention run (%s) skipped: another run is under way", trigger);
        } else {
            RetentionRunView r = run.get();
            // counts only: never an answer, a key or a hash
            LOG.infof(
                    "Retention run %d (%s): %d responses of %d questionnaires anonymised in %d batches, %d ms",
                    r.id(),
                    trigger,
                    r.responsesAnonymised(),
                    r.questionnaires(),
                    r.batches(),
                    Duration.between(r.startedAt(), r.finishedAt()).toMillis());
            audit(r);
        }
        return run;
    }

    /**
     * An admin's run is always audited; a scheduled one only when it anonymised something (the nightly runs that find
     * nothing are in retention_run, and would only bury the events that matter). National: region null.
     */
    private void audit(RetentionRunView run) {
        if (run.trigger() == RetentionTrigger.SCHEDULE && run.responsesAnonymised() == 0) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("trigger", run.trigger().name());
        detail.put("endedBefore", run.endedBefore().toString());
        detail.put("questionnaires", run.questionnaires());
        detail.put("responsesAnonymised", run.responsesAnonymised());
        detail.put("batches", run.batches());
        audit.record(
                run.actor() == null ? AuditLog.SYSTEM : run.actor(),
                AuditAction.RETENTION_RUN,
                null,
                "retention-run:" + run.id(),
                detail);
    }

    /** What PostgreSQL keeps of an instant, so a run reads back exactly as it was returned. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
