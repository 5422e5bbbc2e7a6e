package id.suarawarga.retention;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.retention.Campaigns.Sent;
import id.suarawarga.score.ScoreAggregateQueries;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import id.suarawarga.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retention anonymises expired raw responses, leaves every score and aggregate as it was, and runs safely. */
@QuarkusTest
class RetentionServiceTest {

    private static final Duration PERIOD = Duration.ofDays(365);

    @Inject
    RetentionService retention;

    @Inject
    ScoreService scores;

    @Inject
    ScoreAggregateQueries aggregates;

    @Inject
    Database database;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Scheduler scheduler;

    @Inject
    RetentionJob.Disabled skipWhenDisabled;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void anonymisesExpiredResponsesAndLeavesFreshOnesUntouched() {
        long expired = Campaigns.publish("Si Mantab");
        long fresh = Campaigns.publish("Portal Pendidikan");
        List<Sent> sentExpired = Campaigns.answer("si-mantab", "lama", 12);
        Campaigns.answer("portal-pendidikan", "baru", 6);
        Campaigns.closeDaysAgo(database, expired, 400);
        Campaigns.close(fresh); // closed today: kept for another year
        String freshRows = text(
                "select string_agg(r::text, '|' order by id) from survey_response r where questionnaire_id = " + fresh);

        RetentionRunView run =
                retention.run(RetentionTrigger.ADMIN, "admin-uji").orElseThrow();

        assertThat(run.questionnaires()).isEqualTo(1);
        assertThat(run.responsesAnonymised()).isEqualTo(12);
        assertThat(run.actor()).isEqualTo("admin-uji");
        assertThat(database.count("select count(*) from survey_response where questionnaire_id = " + expired
                        + " and anonymised_at is not null"))
                .isEqualTo(12);
        assertThat(text("select string_agg(r::text, '|' order by id) from survey_response r where questionnaire_id = "
                        + fresh))
                .isEqualTo(freshRows);
        assertNothingIdentifyingIn(expired, sentExpired);
        assertThat(retention.status().lastRun()).isEqualTo(run);
        assertThat(database.count(
                        "select count(*) from audit_event where action = 'RETENTION_RUN' and actor = 'admin-uji'"
                                + " and target = 'retention-run:" + run.id()
                                + "' and detail ->> 'responsesAnonymised' = '12'"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from audit_event where detail::text like '%rahasia%'"))
                .isZero();
    }

    /** Every column of every expired row, and the whole row as text, checked for anything that could re-link it. */
    private void assertNothingIdentifyingIn(long questionnaireId, List<Sent> sent) {
        String where = " from survey_response r where questionnaire_id = " + questionnaireId;
        assertThat(database.count(
                        "select count(*)" + where + " and (submission_key is not null or request_hash is not null"
                                + " or device_hash is not null or source_hash is not null or fill_seconds is not null or anonymised_at is null"
                                + " or submitted_at <> date_trunc('day', submitted_at, 'UTC'))"))
                .isZero();
        List<String> keys = List.of(text("select string_agg(distinct k, ',' order by k) from survey_response r"
                        + " cross join lateral jsonb_object_keys(r.answers) k where questionnaire_id = "
                        + questionnaireId)
                .split(","));
        assertThat(Campaigns.RETAINED_CODES).containsAll(keys);
        assertThat(keys)
                .contains("USIA", "JENIS_KELAMIN", "U1", "U9", "MANFAAT")
                .doesNotContain("SARAN", "LAYANAN", "KOMENTAR");
        String rows = text("select string_agg(r::text, '|')" + where);
        for (Sent s : sent) {
            assertThat(rows).doesNotContain(s.freeText(), s.key(), s.receiptId());
        }
        // "HP 0812", not "0812": a random public id (hex) may contain those four digits
        assertThat(rows).doesNotContain("rahasia", "Siti", "HP 0812");
    }

    @Test
    void scoresAggregateCheckAndRebuildGiveTheSameNumbersAfterwards() {
        long expired = Campaigns.publish("Si Mantab");
        Campaigns.answer("si-mantab", "lama", 15);
        Campaigns.bulk(database, expired, 300);
        aggregates.rebuild(expired);
        Campaigns.closeDaysAgo(database, expired, 400);
        ScoreView clean = scores.questionnaire(expired, false);
        ScoreView all = scores.questionnaire(expired, true);
        String rawAggregates = rawAggregates(expired);
        assertThat(clean.responses()).isGreaterThan(250).isLessThan(all.responses()); // some are flagged
        assertThat(aggregates.differences(expired)).isEmpty();

        assertThat(retention.run(RetentionTrigger.ADMIN, null).orElseThrow().responsesAnonymised())
                .isEqualTo(315);

        assertThat(scores.questionnaire(expired, false))
                .usingRecursiveComparison()
                .ignoringFields("asOf")
                .isEqualTo(clean);
        assertThat(scores.questionnaire(expired, true))
                .usingRecursiveComparison()
                .ignoringFields("asOf")
                .isEqualTo(all);
        assertThat(rawAggregates(expired)).isEqualTo(rawAggregates);
        assertThat(aggregates.differences(expired)).isEmpty();
        assertThat(aggregates.rebuild(expired)).isEmpty();
        assertThat(scores.questionnaire(expired, false))
                .usingRecursiveComparison()
                .ignoringFields("asOf")
                .isEqualTo(clean);
        assertThat(scores.questionnaire(expired, true))
                .usingRecursiveComparison()
                .ignoringFields("asOf")
                .isEqualTo(all);
    }

    @Test
    void rebuildingTheAggregatesDuringARunStillGivesTheSameNumbers() throws Exception {
        long expired = Campaigns.publish("Si Mantab");
        Campaigns.bulk(database, expired, 3000);
        aggregates.rebuild(expired);
        Campaigns.closeDaysAgo(database, expired, 400);
        ScoreView before = scores.questionnaire(expired, true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<RetentionRunView>> run = pool.submit(() -> retention.run(RetentionTrigger.SCHEDULE, null));
            int rebuilds = 0;
            do {
                assertThat(aggregates.rebuild(expired)).isEmpty(); // half-anonymised rows still add up the same
                rebuilds++;
            } while (!run.isDone());
            assertThat(run.get(60, TimeUnit.SECONDS).orElseThrow().responsesAnonymised())
                    .isEqualTo(3000);
            assertThat(rebuilds).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(aggregates.differences(expired)).isEmpty();
        assertThat(scores.questionnaire(expired, true))
                .usingRecursiveComparison()
                .ignoringFields("asOf")
                .isEqualTo(before);
    }

    private String rawAggregates(long questionnaireId) {
        return text(
                        "select string_agg(a::text, '|' order by a::text) from raw_question_aggregate a where questionnaire_id = "
                                + questionnaireId)
                + " / "
                + text("select string_agg(a::text, '|' order by a::text) from raw_respondent_aggregate a"
                        + " where questionnaire_id = " + questionnaireId);
    }

    @Test
    void runningAgainChangesNothing() {
        long expired = Campaigns.publish("Si Mantab");
        Campaigns.answer("si-mantab", "lama", 5);
        Campaigns.bulk(database, expired, 100);
        Campaigns.closeDaysAgo(database, expired, 400);
        assertThat(retention.run(RetentionTrigger.SCHEDULE, null).orElseThrow().responsesAnonymised())
                .isEqualTo(105);
        Map<String, String> after = database.fingerprint();

        RetentionRunView again = retention.run(RetentionTrigger.SCHEDULE, null).orElseThrow();

        assertThat(again.responsesAnonymised()).isZero();
        assertThat(again.questionnaires()).isZero();
        Map<String, String> afterAgain = database.fingerprint();
        afterAgain.remove("retention_run");
        after.remove("retention_run");
        assertThat(afterAgain).isEqualTo(after);
        assertThat(database.count("select count(*) from retention_run")).isEqualTo(2);
        // the schedule's run that found nothing leaves no audit event; the one that worked does, by "system"
        assertThat(database.count(
                        "select count(*) from audit_event where action = 'RETENTION_RUN' and actor = 'system'"))
                .isEqualTo(1);
    }

    @Test
    void keepsResponsesForThePeriodAfterCollectionEndedWhetherClosedOrPastItsClosingDate() {
        long closed = Campaigns.publish("Si Mantab");
        Campaigns.answer("si-mantab", "tutup", 3);
        Campaigns.close(closed);
        Instant closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant closesAt = closedAt.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(30));
        long timed = Campaigns.publish("Portal Pendidikan", closesAt); // stays PUBLISHED; collection ends at closesAt
        Campaigns.answer("portal-pendidikan", "berjangka", 2);
        long openEnded = Campaigns.publish("Baiman Store"); // no closing date: never due until closed
        Campaigns.answer("baiman-store", "terbuka", 1);
        Instant closedDue = closedAt.plus(PERIOD);

        assertThat(retention
                        .run(RetentionTrigger.ADMIN, null, closedDue.minus(Duration.ofHours(1)))
                        .orElseThrow()
                        .responsesAnonymised())
                .isZero();
        RetentionStatusView status = retention.status(closedDue.plus(Duration.ofHours(1)));
        assertThat(status.dueQuestionnaires()).isEqualTo(1);
        assertThat(status.dueResponses()).isEqualTo(3);
        assertThat(status.openEndedQuestionnaires()).isEqualTo(1);
        assertThat(retention.status(closedAt).nextDueAt()).isBetween(closedDue.minusSeconds(60), closedDue);

        RetentionRunView run = retention
                .run(RetentionTrigger.ADMIN, null, closedDue.plus(Duration.ofHours(1)))
                .orElseThrow();
        assertThat(run.responsesAnonymised()).isEqualTo(3);
        assertThat(run.endedBefore()).isEqualTo(closedAt.plus(Duration.ofHours(1)));
        assertThat(retention.status(closedDue.plus(Duration.ofHours(1))).nextDueAt())
                .isEqualTo(closesAt.plus(PERIOD));

        RetentionRunView later = retention
                .run(RetentionTrigger.ADMIN, null, closesAt.plus(PERIOD).plusSeconds(1))
                .orElseThrow();
        assertThat(later.responsesAnonymised()).isEqualTo(2);
        assertThat(database.count("select count(*) from survey_response where anonymised_at is null"))
                .isEqualTo(1);
        assertThat(database.count(
                        "select count(*) from survey_response where anonymised_at is null and questionnaire_id = "
                                + openEnded))
                .isEqualTo(1);
        assertThat(database.count(
                        "select count(*) from survey_response where anonymised_at is not null and questionnaire_id in ("
                                + closed + ", " + timed + ")"))
                .isEqualTo(5);
    }

    @Test
    void twoConcurrentRunsNeitherDoubleProcessNorDeadlock() throws Exception {
        long expired = Campaigns.publish("Si Mantab");
        Campaigns.bulk(database, expired, 3000);
        Campaigns.closeDaysAgo(database, expired, 400);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<RetentionRunView>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return retention.run(RetentionTrigger.SCHEDULE, null);
                }));
            }
            start.countDown();
            long total = 0;
            int ran = 0;
            for (Future<Optional<RetentionRunView>> run : runs) {
                Optional<RetentionRunView> done = run.get(60, TimeUnit.SECONDS);
                if (done.isPresent()) {
                    ran++;
                    total += done.get().responsesAnonymised();
                }
            }
            assertThat(ran).isBetween(1, 2); // the second either waited for nothing (skipped) or came after the first
            assertThat(total).isEqualTo(3000);
        } finally {
            pool.shutdownNow();
        }
        assertThat(database.count("select count(*) from survey_response where anonymised_at is null"))
                .isZero();
        assertThat(database.count("select coalesce(sum(responses_anonymised), 0) from retention_run"))
                .isEqualTo(3000);
        assertThat(database.count("select count(*) from pg_locks where locktype = 'advisory'"))
                .isZero();
    }

    @Test
    void residentsCanSubmitWhileARunIsUnderWay() throws Exception {
        long expired = Campaigns.publish("Si Mantab");
        long open = Campaigns.publish("Portal Pendidikan");
        Campaigns.bulk(database, expired, 4000); // 100 batches of 40
        Campaigns.closeDaysAgo(database, expired, 400);
        AtomicInteger submitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<RetentionRunView> run = pool.submit(() -> {
                while (submitted.get() < 3) {
                    Thread.sleep(5); // residents are already submitting when the run starts
                }
                return retention.run(RetentionTrigger.SCHEDULE, null).orElseThrow();
            });
            List<Future<Integer>> residents = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                residents.add(pool.submit(() -> {
                    int i = 0;
                    while (!run.isDone()) {
                        Campaigns.answer("portal-pendidikan", "t" + thread + "-" + i++, 1);
                        submitted.incrementAndGet();
                    }
                    return i;
                }));
            }
            RetentionRunView done = run.get(120, TimeUnit.SECONDS);
            for (Future<Integer> resident : residents) {
                resident.get(60, TimeUnit.SECONDS); // each one got its 201 (Campaigns.answer checks)
            }
            assertThat(done.responsesAnonymised()).isEqualTo(4000);
            assertThat(done.batches()).isGreaterThanOrEqualTo(100);
            long during = database.count("select count(*) from survey_response where questionnaire_id = " + open
                    + " and submitted_at between '" + done.startedAt() + "' and '" + done.finishedAt() + "'");
            assertThat(during)
                    .as("responses stored while the run was under way")
                    .isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(database.count("select count(*) from survey_response where questionnaire_id = " + open))
                .isEqualTo(submitted.get());
        assertThat(aggregates.differences(open)).isEmpty();
    }

    @Test
    void isScheduledNightlyInIndonesia() {
        Trigger trigger = scheduler.getScheduledJob("retention");
        assertThat(trigger).isNotNull();
        assertThat(trigger.getNextFireTime().atZone(ZoneId.of("Asia/Jakarta")).toLocalTime())
                .isEqualTo(LocalTime.of(1, 30));
        assertThat(skipWhenDisabled.test(null))
                .as("suara.retention.enabled=false in tests: scheduled runs skip")
                .isTrue();
    }

    private String text(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
