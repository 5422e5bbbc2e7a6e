package id.suarawarga.retention;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The retention job's SQL (V6 migration). Plain JDBC like the response writer: a run is many short transactions on
 * one connection, while a second connection holds the cluster-wide lock that lets one replica at a time run.
 */
@ApplicationScoped
public class RetentionQueries {

    /**
     * Key of the PostgreSQL advisory lock held for a whole run ("SUARA" and 1): one run at a time, any replica. It is a
     * transaction-level lock ({@code pg_try_advisory_xact_lock}) held by one open transaction for the whole run, not a
     * session-level one: behind PgBouncer in transaction mode a session lock would stay on whichever server connection
     * took it, and the unlock would run on another. The open transaction keeps its server connection for itself and
     * releases the lock when it ends, also when the replica dies (the connection closes).
     */
    static final long LOCK_KEY = 0x5355415241_01L;

    /** When collection ended: closed by hand, or the closing date passed (whichever came first). */
    private static final String ENDED = "least(q.closed_at, q.closes_at)";

    private static final String DUE_QUESTIONNAIRES = """
            select q.id from questionnaire q
             where %s < ?
               and exists (select 1 from survey_response r where r.questionnaire_id = q.id and r.anonymised_at is null)
             order by q.id""".formatted(ENDED);

    /**
     * Anonymises up to {@code ?} raw responses of one questionnaire in one statement. SKIP LOCKED: rows someone else
     * holds are left for the next batch or run instead of being waited for. The day is UTC's, like every stored instant.
     */
    private static final String ANONYMISE_BATCH = """
            with batch as (
                select id from survey_response
                 where questionnaire_id = ? and anonymised_at is null
                 order by id limit ? for update skip locked)
            update survey_response r
               set answers = retained_answers(r.questionnaire_id, r.answers),
                   public_id = gen_random_uuid(),
                   submission_key = null, request_hash = null, device_hash = null, source_hash = null, fill_seconds = null,
                   submitted_at = date_trunc('day', r.submitted_at, 'UTC'),
                   anonymised_at = now()
              from batch where r.id = batch.id""";

    private static final String DUE = """
            select count(distinct r.questionnaire_id), count(*)
              from survey_response r join questionnaire q on q.id = r.questionnaire_id
             where r.anonymised_at is null and %s < ?""".formatted(ENDED);

    private static final String NEXT_END = """
            select min(%s) from questionnaire q
             where %s >= ?
               and exists (select 1 from survey_response r where r.questionnaire_id = q.id and r.anonymised_at is null)""".formatted(ENDED, ENDED);

    private static final String OPEN_ENDED = """
            select count(*) from questionnaire q
             where q.status = 'PUBLISHED' and q.closes_at is null
               and exists (select 1 from survey_response r where r.questionnaire_id = q.id and r.anonymised_at is null)""";

    private static final String RECORD_RUN = """
            insert into retention_run (trigger, actor, started_at, finished_at, ended_before, questionnaires,
                                       responses_anonymised, batches)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""";

    private static final String LAST_RUN = """
            select id, trigger, actor, started_at, finished_at, ended_before, questionnaires, responses_anonymised, batches
              from retention_run order by started_at desc, id desc limit 1""";

    /** Work done while holding the lock. */
    @FunctionalInterface
    interface LockedWork<T> {
        T run(Session session) throws SQLException;
    }

    /** What is due, for the admin's overview. */
    record Due(int questionnaires, long responses, Instant nextEnd, int openEnded) {}

    private final AgroalDataSource dataSource;

    RetentionQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} holding the cluster-wide retention lock; empty, at once, when another run holds it. */
    <T> Optional<T> whileLocked(LockedWork<T> work) {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try {
                if (!tryTransactionLock(lock)) {
                    return Optional.empty();
                }
                // the batches commit on their own connection; the lock's transaction stays open (and idle) meanwhile
                try (Connection c = dataSource.getConnection()) {
                    try {
                        return Optional.of(work.run(new Session(c)));
                    } finally {
                        c.setAutoCommit(true); // pooled connections go back as they came
                    }
                }
            } finally {
                lock.rollback(); // ends the transaction, and with it the lock
                lock.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("retention run failed", e);
        }
    }

    private static boolean tryTransactionLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            s.setLong(1, LOCK_KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The statements of one run, on their own connection (not the one holding the lock). */
    static final class Session {
        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        /** Questionnaires that stopped collecting before {@code endedBefore} and still hold raw responses. */
        List<Long> dueQuestionnaires(Instant endedBefore) throws SQLException {
            connection.setAutoCommit(true);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(DUE_QUESTIONNAIRES)) {
                s.setTimestamp(1, Timestamp.from(endedBefore));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        }

        /** Anonymises up to {@code batchSize} raw responses of the questionnaire in one short transaction; returns how many. */
        int anonymiseBatch(long questionnaireId, int batchSize) throws SQLException {
            connection.setAutoCommit(false);
            try (PreparedStatement s = connection.prepareStatement(ANONYMISE_BATCH)) {
                s.setLong(1, questionnaireId);
                s.setInt(2, batchSize);
                int done = s.executeUpdate();
                connection.commit();
                return done;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }

        long record(RetentionRunView run) throws SQLException {
            connection.setAutoCommit(true);
            try (PreparedStatement s = connection.prepareStatement(RECORD_RUN)) {
                s.setString(1, run.trigger().name());
                s.setString(2, run.actor());
                s.setTimestamp(3, Timestamp.from(run.startedAt()));
                s.setTimestamp(4, Timestamp.from(run.finishedAt()));
                s.setTimestamp(5, Timestamp.from(run.endedBefore()));
                s.setInt(6, run.questionnaires());
                s.setLong(7, run.responsesAnonymised());
                s.setInt(8, run.batches());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    /** Raw responses due (their questionnaire stopped collecting before {@code endedBefore}) and what comes next. */
    Due due(Instant endedBefore) {
        try (Connection c = dataSource.getConnection()) {
            int questionnaires;
            long responses;
            try (PreparedStatement s = c.prepareStatement(DUE)) {
                s.setTimestamp(1, Timestamp.from(endedBefore));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    questionnaires = rs.getInt(1);
                    responses = rs.getLong(2);
                }
            }
            Instant nextEnd;
            try (PreparedStatement s = c.prepareStatement(NEXT_END)) {
                s.setTimestamp(1, Timestamp.from(endedBefore));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    Timestamp t = rs.getTimestamp(1);
                    nextEnd = t == null ? null : t.toInstant();
                }
            }
            int openEnded;
            try (PreparedStatement s = c.prepareStatement(OPEN_ENDED);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                openEnded = rs.getInt(1);
            }
            return new Due(questionnaires, responses, nextEnd, openEnded);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read what retention has to do", e);
        }
    }

    Optional<RetentionRunView> lastRun() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(LAST_RUN);
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new RetentionRunView(
                    rs.getLong(1),
                    RetentionTrigger.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getTimestamp(5).toInstant(),
                    rs.getTimestamp(6).toInstant(),
                    rs.getInt(7),
                    rs.getLong(8),
                    rs.getInt(9)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the last retention run", e);
        }
    }
}
