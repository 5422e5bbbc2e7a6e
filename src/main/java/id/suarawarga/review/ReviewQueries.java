package id.suarawarga.review;

import id.suarawarga.score.AggregateLocks;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of reviewing flagged responses (V17 migration). A decision changes whether a response counts, so it moves
 * the response's share of the running aggregates (V3) from the flagged to the unflagged rows or back, in the caller's
 * transaction, under the questionnaire's exclusive aggregate lock ({@link AggregateLocks}): batches of new responses
 * and rebuilds of that questionnaire wait meanwhile, so the move is exact. The share is computed with the same
 * {@code scored_answers()} the aggregate check and rebuild read, so a decision keeps aggregates equal to a recount.
 */
@ApplicationScoped
public class ReviewQueries {

    /** One flagged response as the review list shows it (no answers, nothing that identifies anyone). */
    record Row(
            long id,
            Instant submittedAt,
            String channel,
            Integer fillSeconds,
            List<String> reasons,
            String review,
            String note,
            Instant reviewedAt,
            String reviewedBy) {}

    /** A flagged response with its answers (JSON text, as stored). */
    record Detail(Row row, String language, String answersJson) {}

    /** Flagged responses per review status, and those waiting per reason. */
    record Counts(Map<ReviewStatus, Long> byStatus, Map<String, Long> waitingByReason) {}

    private static final String COLUMNS =
            "id, submitted_at, channel, fill_seconds, flag_reasons, review, review_note," + " reviewed_at, reviewed_by";

    private static final String FILTER = """
             from survey_response
             where questionnaire_id = ? and cardinality(flag_reasons) > 0
               and (?::text is null or ?::varchar(20) = any(flag_reasons))
               and (?::text is null or (?::text = 'WAITING' and review is null) or review = ?)""";

    private static final String COUNTS = """
            select coalesce(review, 'WAITING'), null, count(*) from survey_response
             where questionnaire_id = ? and cardinality(flag_reasons) > 0 group by 1
            union all
            select 'WAITING', reason, count(*) from survey_response cross join unnest(flag_reasons) reason
             where questionnaire_id = ? and review is null and cardinality(flag_reasons) > 0 group by reason""";

    /** Folds a questionnaire's shards into shard 0, so that taking a response's share out never goes below zero. */
    private static final String FOLD_QUESTIONS = """
            insert into question_aggregate as g (questionnaire_id, question_code, flagged, shard, n, sum, sum_squares, histogram)
            select questionnaire_id, question_code, flagged, 0, sum(n), sum(sum), sum(sum_squares),
                   array[sum(histogram[1]), sum(histogram[2]), sum(histogram[3]), sum(histogram[4]), sum(histogram[5])]
              from question_aggregate where questionnaire_id = ? group by questionnaire_id, question_code, flagged
            on conflict (questionnaire_id, question_code, flagged, shard) do update
               set n = excluded.n, sum = excluded.sum, sum_squares = excluded.sum_squares, histogram = excluded.histogram""";

    private static final String FOLD_RESPONDENTS = """
            insert into respondent_aggregate as g (questionnaire_id, kind, flagged, shard, n, sum, sum_squares)
            select questionnaire_id, kind, flagged, 0, sum(n), sum(sum), sum(sum_squares)
              from respondent_aggregate where questionnaire_id = ? group by questionnaire_id, kind, flagged
            on conflict (questionnaire_id, kind, flagged, shard) do update
               set n = excluded.n, sum = excluded.sum, sum_squares = excluded.sum_squares""";

    /**
     * The responses whose "counts" changes, each answer taken out of the side it is on (sign −1) and added to the other
     * (+1). {@code ?} 1–3: questionnaire, ids, whether they will be flagged after the decision.
     */
    private static final String MOVING = """
            with moving as (
                select r.id, r.questionnaire_id, r.answers, r.flagged as was
                  from survey_response r where r.questionnaire_id = ? and r.id = any(?) and r.flagged <> ?),
            scored as (
                select m.id, m.was, x.question_code, x.tag, x.point, x.basis
                  from moving m cross join lateral scored_answers(m.questionnaire_id, m.answers) x),
            sides as (select * from (values (true, -1), (false, 1)) v (leaving, sign))""";

    /**
     * Adds the signed share to shard 0 (which, folded, holds every existing group), inserting the groups that do not
     * exist yet: only the arriving side can be new. An update, not an upsert: PostgreSQL checks {@code n >= 0} on the
     * row an upsert proposes, before it finds the conflict, so a negative share could never be proposed.
     */
    private static final String MOVE_QUESTIONS = MOVING + """
            , delta as (
                select s.question_code, case when v.leaving then s.was else not s.was end as flagged, sum(v.sign) as n,
                       sum(v.sign * s.point) as sum, sum(v.sign * s.point * s.point) as sum_squares,
                       array[coalesce(sum(v.sign) filter (where s.point = 1), 0), coalesce(sum(v.sign) filter (where s.point = 2), 0),
                             coalesce(sum(v.sign) filter (where s.point = 3), 0), coalesce(sum(v.sign) filter (where s.point = 4), 0),
                             coalesce(sum(v.sign) filter (where s.point = 5), 0)] as histogram
                  from scored s cross join sides v
                 group by 1, 2),
            updated as (
                update question_aggregate g
                   set n = g.n + d.n, sum = g.sum + d.sum, sum_squares = g.sum_squares + d.sum_squares,
                       histogram = array[g.histogram[1] + d.histogram[1], g.histogram[2] + d.histogram[2],
                                         g.histogram[3] + d.histogram[3], g.histogram[4] + d.histogram[4],
                                         g.histogram[5] + d.histogram[5]]
                  from delta d
                 where g.questionnaire_id = ? and g.shard = 0 and g.question_code = d.question_code and g.flagged = d.flagged
                returning g.question_code, g.flagged)
            insert into question_aggregate (questionnaire_id, question_code, flagged, shard, n, sum, sum_squares, histogram)
            select ?, d.question_code, d.flagged, 0, d.n, d.sum, d.sum_squares, d.histogram
              from delta d
             where not exists (select 1 from question_aggregate g
                                where g.questionnaire_id = ? and g.shard = 0 and g.question_code = d.question_code
                                  and g.flagged = d.flagged)""";

    private static final String MOVE_RESPONDENTS = MOVING + """
            , means as (
                select m.id, m.was, 'ALL'::varchar as kind, 0::numeric as mean from moving m
                union all
                select s.id, s.was, score_kind(s.tag), avg(s.basis)
                  from scored s group by s.id, s.was, 3),
            delta as (
                select m.kind, case when v.leaving then m.was else not m.was end as flagged, sum(v.sign) as n,
                       sum(v.sign * m.mean) as sum, sum(v.sign * m.mean * m.mean) as sum_squares
                  from means m cross join sides v
                 group by 1, 2),
            updated as (
                update respondent_aggregate g
                   set n = g.n + d.n, sum = g.sum + d.sum, sum_squares = g.sum_squares + d.sum_squares
                  from delta d
                 where g.questionnaire_id = ? and g.shard = 0 and g.kind = d.kind and g.flagged = d.flagged
                returning g.kind, g.flagged)
            insert into respondent_aggregate (questionnaire_id, kind, flagged, shard, n, sum, sum_squares)
            select ?, d.kind, d.flagged, 0, d.n, d.sum, d.sum_squares
              from delta d
             where not exists (select 1 from respondent_aggregate g
                                where g.questionnaire_id = ? and g.shard = 0 and g.kind = d.kind and g.flagged = d.flagged)""";

    private static final String DECIDE = """
            update survey_response set review = ?, review_note = ?, reviewed_at = now(), reviewed_by = ?
             where questionnaire_id = ? and id = any(?) and cardinality(flag_reasons) > 0""";

    private final AgroalDataSource dataSource;

    ReviewQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many flagged responses match the filters (null: any), and page {@code page} (from 0) of them, oldest first. */
    PageOfRows page(long questionnaireId, String reason, ReviewStatus status, int page, int size) {
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("select count(*) " + FILTER)) {
                bindFilter(s, questionnaireId, reason, status);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("select " + COLUMNS + " " + FILTER + " order by id limit ? offset ?")) {
                int next = bindFilter(s, questionnaireId, reason, status);
                s.setInt(next, size);
                s.setLong(next + 1, (long) page * size);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new PageOfRows(total, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list flagged responses of questionnaire " + questionnaireId, e);
        }
    }

    /** A page of rows and how many match in all. */
    record PageOfRows(long total, List<Row> rows) {}

    Counts counts(long questionnaireId) {
        Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus status : ReviewStatus.values()) {
            byStatus.put(status, 0L);
        }
        Map<String, Long> byReason = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(COUNTS)) {
            s.setLong(1, questionnaireId);
            s.setLong(2, questionnaireId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        byStatus.put(ReviewStatus.valueOf(rs.getString(1)), rs.getLong(3));
                    } else {
                        byReason.put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count flagged responses of questionnaire " + questionnaireId, e);
        }
        return new Counts(byStatus, byReason);
    }

    /** One flagged response of the questionnaire, or null. */
    Detail detail(long questionnaireId, long responseId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select " + COLUMNS + ", language, answers::text"
                                + " from survey_response where questionnaire_id = ? and id = ? and cardinality(flag_reasons) > 0")) {
            s.setLong(1, questionnaireId);
            s.setLong(2, responseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Detail(row(rs), rs.getString(10), rs.getString(11)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read flagged response " + responseId, e);
        }
    }

    /**
     * Takes the questionnaire's exclusive aggregate lock for the caller's transaction and returns which of {@code ids}
     * (null: every response waiting for review with flag {@code reason}) are flagged responses of it.
     */
    List<Long> lockAndResolve(long questionnaireId, List<Long> ids, String reason) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement(AggregateLocks.EXCLUSIVE_FOR_REBUILD)) {
                lock.setLong(1, questionnaireId);
                lock.executeQuery().close();
            }
            String sql = ids == null
                    ? "select id from survey_response where questionnaire_id = ? and review is null"
                            + " and ?::varchar(20) = any(flag_reasons) order by id for update"
                    : "select id from survey_response where questionnaire_id = ? and cardinality(flag_reasons) > 0"
                            + " and id = any(?) order by id for update";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, questionnaireId);
                if (ids == null) {
                    s.setString(2, reason);
                } else {
                    s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
                }
                List<Long> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock flagged responses of questionnaire " + questionnaireId, e);
        }
    }

    /**
     * Records the decision on {@code ids} (already locked by {@link #lockAndResolve}) and moves the share of those whose
     * "counts" changes between the flagged and unflagged aggregates. Returns how many responses changed sides.
     */
    int decide(long questionnaireId, List<Long> ids, ReviewDecision decision, String note, String actor) {
        boolean flaggedAfter = decision != ReviewDecision.COUNTED;
        try (Connection c = dataSource.getConnection()) {
            Array idArray = c.createArrayOf("bigint", ids.toArray());
            int moving;
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from survey_response where questionnaire_id = ? and id = any(?) and flagged <> ?")) {
                s.setLong(1, questionnaireId);
                s.setArray(2, idArray);
                s.setBoolean(3, flaggedAfter);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    moving = rs.getInt(1);
                }
            }
            if (moving > 0) {
                execute(c, FOLD_QUESTIONS, questionnaireId);
                execute(c, FOLD_RESPONDENTS, questionnaireId);
                execute(c, "delete from question_aggregate where questionnaire_id = ? and shard <> 0", questionnaireId);
                execute(
                        c,
                        "delete from respondent_aggregate where questionnaire_id = ? and shard <> 0",
                        questionnaireId);
                for (String sql : List.of(MOVE_QUESTIONS, MOVE_RESPONDENTS)) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setLong(1, questionnaireId);
                        s.setArray(2, idArray);
                        s.setBoolean(3, flaggedAfter);
                        s.setLong(4, questionnaireId);
                        s.setLong(5, questionnaireId);
                        s.setLong(6, questionnaireId);
                        s.executeUpdate();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(DECIDE)) {
                s.setString(1, decision.name());
                s.setString(2, note);
                s.setString(3, actor);
                s.setLong(4, questionnaireId);
                s.setArray(5, idArray);
                s.executeUpdate();
            }
            return moving;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the review of questionnaire " + questionnaireId, e);
        }
    }

    /** How many of {@code ids} stand at each review status (WAITING, COUNTED, REJECTED), for the audit log. */
    Map<String, Long> statuses(long questionnaireId, List<Long> ids) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select coalesce(review, 'WAITING'), count(*)"
                        + " from survey_response where questionnaire_id = ? and id = any(?) group by 1")) {
            s.setLong(1, questionnaireId);
            s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count review statuses of questionnaire " + questionnaireId, e);
        }
    }

    private static void execute(Connection c, String sql, long questionnaireId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, questionnaireId);
            s.executeUpdate();
        }
    }

    private static int bindFilter(PreparedStatement s, long questionnaireId, String reason, ReviewStatus status)
            throws SQLException {
        String name = status == null ? null : status.name();
        s.setLong(1, questionnaireId);
        s.setString(2, reason);
        s.setString(3, reason);
        s.setString(4, name);
        s.setString(5, name);
        s.setString(6, name);
        return 7;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp(8);
        int fill = rs.getInt(4);
        Integer fillSeconds = rs.wasNull() ? null : fill;
        return new Row(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                fillSeconds,
                Arrays.stream((Object[]) rs.getArray(5).getArray())
                        .map(String::valueOf)
                        .toList(),
                rs.getString(6),
                rs.getString(7),
                reviewedAt == null ? null : reviewedAt.toInstant(),
                rs.getString(9));
    }
}
