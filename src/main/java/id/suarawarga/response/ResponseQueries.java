package id.suarawarga.response;

import id.suarawarga.score.AggregateLocks;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads and writes responses one at a time with idempotent, auto-committed statements ({@code insert … on conflict do
 * nothing}: two requests with the same key store exactly one row, whichever wins). New responses normally go through
 * {@link GroupCommitInserter}, which uses the single-row insert only when a batch fails or during shutdown. Plain JDBC on
 * purpose: this is the hot path of a viral survey, and single statements need no ORM session or JTA transaction.
 */
@ApplicationScoped
public class ResponseQueries {

    /** A stored response's identity, for receipts and replays. */
    public record Stored(UUID publicId, String requestHash, int questionnaireVersion, Instant submittedAt) {}

    /** Everything a new row holds, and its scored answers for the running aggregates. */
    public record NewRow(
            long questionnaireId,
            String submissionKey,
            String requestHash,
            Channel channel,
            String language,
            int noticeVersion,
            String answersJson,
            Integer fillSeconds,
            String deviceHash,
            String sourceHash,
            List<FlagReason> flags,
            List<ScoredAnswer> scoredAnswers,
            Long collectedBy,
            String sourceTag,
            boolean otherPersonDeclared) {

        /**
         * A row nobody on the staff collected (the resident's own form, the API, a paper sheet), from no tagged link,
         * without a shared-device declaration.
         */
        public NewRow(
                long questionnaireId,
                String submissionKey,
                String requestHash,
                Channel channel,
                String language,
                int noticeVersion,
                String answersJson,
                Integer fillSeconds,
                String deviceHash,
                String sourceHash,
                List<FlagReason> flags,
                List<ScoredAnswer> scoredAnswers) {
            this(
                    questionnaireId,
                    submissionKey,
                    requestHash,
                    channel,
                    language,
                    noticeVersion,
                    answersJson,
                    fillSeconds,
                    deviceHash,
                    sourceHash,
                    flags,
                    scoredAnswers,
                    null,
                    null,
                    false);
        }
    }

    /**
     * Stores a batch of responses and adds their scored answers to the running aggregates in one statement (so one
     * transaction): a response and its share of the aggregates are committed together or not at all. The statement
     * first takes the batch's shared aggregate locks ({@link AggregateLocks#sharedForBatch}) in the {@code where} of
     * {@code t}, so before it writes anything.
     */
    private static final String INSERT_BATCH = """
            with input as (
                select * from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[],
                                     ?::int[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::boolean[])
                    with ordinality as t(p, q, k, h, c, l, v, a, f, d, s, r, o, g, w, i)),
            answers as (
                -- each scored answer as (response, question, point), numbered into the batch's rows and into its list
                -- of distinct questions: three short integer arrays instead of a code, a tag and an id per answer
                select n.p as public_id, qs.question_code, qs.tag, x.point, qs.scale_points
                  from unnest(?::int[], ?::int[], ?::int[]) as x(response, question, point)
                  join input n on n.i = x.response
                  join unnest(?::text[], ?::text[], ?::int[]) with ordinality as qs(question_code, tag, scale_points, i)
                    on qs.i = x.question),
            t as (
                select * from input where (%s) >= 0),
            ins as (
                insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
                    notice_version, answers, fill_seconds, device_hash, source_hash, flag_reasons, collected_by, source_tag,
                    other_person_declared)
                select p, q, k, decode(h, 'hex'), c, l, v, a::jsonb, f, decode(d, 'hex'), decode(s, 'hex'), r::varchar(20)[], o, g, w
                  from t
                on conflict (questionnaire_id, submission_key) do nothing
                returning questionnaire_id, submission_key, public_id, request_hash, notice_version, submitted_at,
                          flagged),
            scored as (
                select i.questionnaire_id, i.submission_key, i.flagged, x.question_code, x.tag, x.point,
                       answer_basis(x.point, x.scale_points) as basis
                  from answers x join ins i on i.public_id = x.public_id),
            question_sums as (
                insert into question_aggregate as g (questionnaire_id, question_code, flagged, shard, n, sum, sum_squares, histogram)
                select questionnaire_id, question_code, flagged, ?, count(*), sum(point), sum(point * point),
                       array[count(*) filter (where point = 1), count(*) filter (where point = 2),
                             count(*) filter (where point = 3), count(*) filter (where point = 4),
                             count(*) filter (where point = 5)]
                  from scored group by questionnaire_id, question_code, flagged
                on conflict (questionnaire_id, question_code, flagged, shard) do update
                   set n = g.n + excluded.n, sum = g.sum + excluded.sum, sum_squares = g.sum_squares + excluded.sum_squares,
                       histogram = array[g.histogram[1] + excluded.histogram[1], g.histogram[2] + excluded.histogram[2],
                                         g.histogram[3] + excluded.histogram[3], g.histogram[4] + excluded.histogram[4],
                                         g.histogram[5] + excluded.histogram[5]]),
            means as (
                select questionnaire_id, flagged, 'ALL'::varchar as kind, 0::numeric as mean from ins
                union all
                select questionnaire_id, flagged,
                       score_kind(tag),
                       avg(basis)
                  from scored group by questionnaire_id, submission_key, flagged, 2, 3),
            respondent_sums as (
                insert into respondent_aggregate as g (questionnaire_id, kind, flagged, shard, n, sum, sum_squares)
                select questionnaire_id, kind, flagged, ?, count(*), sum(mean), sum(mean * mean)
                  from means group by questionnaire_id, kind, flagged
                on conflict (questionnaire_id, kind, flagged, shard) do update
                   set n = g.n + excluded.n, sum = g.sum + excluded.sum, sum_squares = g.sum_squares + excluded.sum_squares)
            select questionnaire_id, submission_key, public_id, encode(request_hash, 'hex'), notice_version, submitted_at
              from ins""".formatted(AggregateLocks.sharedForBatch("input"));

    /** Aggregate rows are spread over this many shards. */
    static final int SHARDS = 16;

    private static final String FIND_BY_KEY = """
            select public_id, encode(request_hash, 'hex'), notice_version, submitted_at from survey_response
            where questionnaire_id = ? and submission_key = ?""";

    private static final String DEVICE_RESPONSES = """
            select count(*) from (select 1 from survey_response
                                   where questionnaire_id = ? and device_hash = decode(?, 'hex') limit ?) earlier""";

    private final AgroalDataSource dataSource;

    ResponseQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The new row's identity, or empty when a response with the same key already exists. */
    public Optional<Stored> insert(NewRow row) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Stored> stored =
                    insertBatch(c, List.of(row), ThreadLocalRandom.current().nextInt(SHARDS));
            return Optional.ofNullable(stored.get(key(row.questionnaireId(), row.submissionKey())));
        } catch (SQLException e) {
            throw new ResponseStoreException("could not store a response", e);
        }
    }

    /** {@link #insertBatch(Connection, List, int)} on a connection of its own. */
    Map<String, Stored> insertBatch(List<NewRow> rows, int shard) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return insertBatch(connection, rows, shard);
        }
    }

    /**
     * Stores the rows that are new (by questionnaire and key) in one transaction, adding their scored answers to
     * aggregate shard {@code shard}. Returns the stored rows by {@link #key}; a key already taken is absent.
     */
    static Map<String, Stored> insertBatch(Connection connection, List<NewRow> rows, int shard) throws SQLException {
        int n = rows.size();
        Object[] p = new Object[n],
                q = new Object[n],
                k = new Object[n],
                h = new Object[n],
                c = new Object[n],
                l = new Object[n],
                v = new Object[n],
                a = new Object[n],
                f = new Object[n],
                d = new Object[n],
                s = new Object[n],
                r = new Object[n],
                o = new Object[n],
                g = new Object[n],
                w = new Object[n];
        ScoredAnswers scored = new ScoredAnswers();
        for (int i = 0; i < n; i++) {
            NewRow row = rows.get(i);
            p[i] = ResponseIds.next(); // also what ties the row's scored answers to it if it is inserted
            q[i] = row.questionnaireId();
            k[i] = row.submissionKey();
            h[i] = row.requestHash();
            c[i] = row.channel().name();
            l[i] = row.language();
            v[i] = row.noticeVersion();
            a[i] = row.answersJson();
            f[i] = row.fillSeconds();
            d[i] = row.deviceHash();
            s[i] = row.sourceHash();
            r[i] = flagsLiteral(row.flags());
            o[i] = row.collectedBy();
            g[i] = row.sourceTag();
            w[i] = row.otherPersonDeclared();
            scored.add(i + 1, row);
        }
        Map<String, Stored> stored = new HashMap<>();
        // auto-committed: PostgreSQL commits the statement before it answers, so one round trip stores the batch
        // (it was three: the lock, the insert, the commit)
        connection.setAutoCommit(true);
        try (PreparedStatement statement = connection.prepareStatement(INSERT_BATCH)) {
            int at = 1;
            statement.setArray(at++, connection.createArrayOf("uuid", p));
            statement.setArray(at++, connection.createArrayOf("bigint", q));
            statement.setArray(at++, connection.createArrayOf("text", k));
            statement.setArray(at++, connection.createArrayOf("text", h));
            statement.setArray(at++, connection.createArrayOf("text", c));
            statement.setArray(at++, connection.createArrayOf("text", l));
            statement.setArray(at++, connection.createArrayOf("int4", v));
            statement.setArray(at++, connection.createArrayOf("text", a));
            statement.setArray(at++, connection.createArrayOf("int4", f));
            statement.setArray(at++, connection.createArrayOf("text", d));
            statement.setArray(at++, connection.createArrayOf("text", s));
            statement.setArray(at++, connection.createArrayOf("text", r));
            statement.setArray(at++, connection.createArrayOf("bigint", o));
            statement.setArray(at++, connection.createArrayOf("text", g));
            statement.setArray(at++, connection.createArrayOf("bool", w));
            statement.setArray(at++, connection.createArrayOf("int4", scored.responses.toArray()));
            statement.setArray(at++, connection.createArrayOf("int4", scored.questions.toArray()));
            statement.setArray(at++, connection.createArrayOf("int4", scored.points.toArray()));
            statement.setArray(at++, connection.createArrayOf("text", scored.codes.toArray()));
            statement.setArray(at++, connection.createArrayOf("text", scored.tags.toArray()));
            statement.setArray(at++, connection.createArrayOf("int4", scored.scales.toArray()));
            statement.setInt(at++, shard);
            statement.setInt(at, shard);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stored.put(key(rs.getLong(1), rs.getString(2)), stored(rs, 3));
                }
            }
        }
        return stored;
    }

    /** A batch's scored answers as the statement takes them: (response, question, point) and the distinct questions. */
    private static final class ScoredAnswers {
        final List<Object> responses = new ArrayList<>(), questions = new ArrayList<>(), points = new ArrayList<>();
        final List<Object> codes = new ArrayList<>(), tags = new ArrayList<>(), scales = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();

        void add(int response, NewRow row) {
            for (ScoredAnswer answer : row.scoredAnswers()) {
                Integer question =
                        numbers.computeIfAbsent(key(row.questionnaireId(), answer.questionCode()), ignored -> {
                            codes.add(answer.questionCode());
                            tags.add(answer.tag());
                            scales.add(answer.scalePoints());
                            return codes.size();
                        });
                responses.add(response);
                questions.add(question);
                points.add(answer.point());
            }
        }
    }

    /** A name within a questionnaire (a submission key, a question code) as one map key. */
    static String key(long questionnaireId, String name) {
        return questionnaireId + "\u0000" + name;
    }

    public Optional<Stored> findByKey(long questionnaireId, String submissionKey) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(FIND_BY_KEY)) {
            s.setLong(1, questionnaireId);
            s.setString(2, submissionKey);
            return first(s);
        } catch (SQLException e) {
            throw new ResponseStoreException("could not read a response", e);
        }
    }

    /** How many responses this device has sent to the questionnaire, counting up to {@code atMost}. */
    public int deviceResponses(long questionnaireId, String deviceHash, int atMost) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(DEVICE_RESPONSES)) {
            s.setLong(1, questionnaireId);
            s.setString(2, deviceHash);
            s.setInt(3, atMost);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new ResponseStoreException("could not check the device", e);
        }
    }

    private static Optional<Stored> first(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(stored(rs, 1)) : Optional.empty();
        }
    }

    /** Reads public_id, request_hash, notice_version, submitted_at starting at column {@code from}. */
    static Stored stored(ResultSet rs, int from) throws SQLException {
        return new Stored(
                rs.getObject(from, UUID.class),
                rs.getString(from + 1),
                rs.getInt(from + 2),
                rs.getTimestamp(from + 3).toInstant());
    }

    /** Flags as a PostgreSQL array literal, e.g. {HONEYPOT,TOO_FAST}. */
    static String flagsLiteral(List<FlagReason> flags) {
        return "{" + String.join(",", flags.stream().map(Enum::name).toList()) + "}";
    }
}
