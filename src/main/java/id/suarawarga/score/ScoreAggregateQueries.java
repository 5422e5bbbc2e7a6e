package id.suarawarga.score;

import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.score.stats.LikertScale;
import id.suarawarga.score.stats.QuestionStats;
import id.suarawarga.score.stats.QuestionnaireStats;
import id.suarawarga.score.stats.RespondentMeanStats;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the running aggregates the submission path maintains (V3 migration), checks them against the raw responses,
 * and rebuilds them. Reading a score touches only the aggregate rows (a few per question), never the responses; only a
 * filtered read ({@link ScoreFilter}: a round, channels) sums the responses it keeps.
 */
@ApplicationScoped
public class ScoreAggregateQueries {

    /** Sums over all shards for one questionnaire, flagged responses included or not. */
    public record Sums(long responses, QuestionnaireStats stats) {}

    /**
     * Both kinds of sums of several questionnaires in one statement: rows 'Q' are a scored question's sums and
     * histogram (in question order), rows 'R' a kind of respondent means ('ALL' counts responses).
     */
    private static final String SUMS = """
            select 'Q', q.questionnaire_id, q.code, q.tag, q.scale_points, q.position,
                   coalesce(sum(g.n), 0)::numeric, coalesce(sum(g.sum), 0)::numeric, coalesce(sum(g.sum_squares), 0)::numeric,
                   coalesce(sum(g.histogram[1]), 0), coalesce(sum(g.histogram[2]), 0), coalesce(sum(g.histogram[3]), 0),
                   coalesce(sum(g.histogram[4]), 0), coalesce(sum(g.histogram[5]), 0)
              from question q
              left join question_aggregate g on g.questionnaire_id = q.questionnaire_id and g.question_code = q.code
                                            and (not g.flagged or :flagged)
             where q.questionnaire_id in (:ids) and q.scored
             group by q.questionnaire_id, q.code, q.tag, q.scale_points, q.position
            union all
            select 'R', questionnaire_id, kind, null, null, null, sum(n)::numeric, sum(sum), sum(sum_squares),
                   null, null, null, null, null
              from respondent_aggregate
             where questionnaire_id in (:ids) and (not flagged or :flagged)
             group by questionnaire_id, kind
            order by 1, 2, 6""";

    /**
     * {@link #SUMS} computed from the responses a {@link ScoreFilter} keeps (its conditions on {@code r} go where the
     * {@code %s} is; fixed fragments, values bound): per response its scored answers ({@code scored_answers()}, as
     * the write path) and its mean per kind ({@code score_kind()}), then the same two kinds of rows in the same order.
     */
    private static final String FILTERED_SUMS = """
            with r as (
                select r.id, r.questionnaire_id, r.answers
                  from survey_response r
                 where r.questionnaire_id in (:ids) and (not r.flagged or :flagged)%s),
            x as (
                select r.id, r.questionnaire_id, s.question_code, s.tag, s.point, s.basis
                  from r cross join lateral scored_answers(r.questionnaire_id, r.answers) s),
            m as (
                select questionnaire_id, id, score_kind(tag) as kind, avg(basis) as mean
                  from x group by questionnaire_id, id, score_kind(tag))
            select 'Q', q.questionnaire_id, q.code, q.tag, q.scale_points, q.position,
                   count(x.point)::numeric, coalesce(sum(x.point), 0)::numeric,
                   coalesce(sum(x.point * x.point), 0)::numeric,
                   count(*) filter (where x.point = 1), count(*) filter (where x.point = 2),
                   count(*) filter (where x.point = 3), count(*) filter (where x.point = 4),
                   count(*) filter (where x.point = 5)
              from question q
              left join x on x.questionnaire_id = q.questionnaire_id and x.question_code = q.code
             where q.questionnaire_id in (:ids) and q.scored
             group by q.questionnaire_id, q.code, q.tag, q.scale_points, q.position
            union all
            select 'R', questionnaire_id, 'ALL', null, null, null, count(*)::numeric, 0::numeric, 0::numeric,
                   null, null, null, null, null
              from r group by questionnaire_id
            union all
            select 'R', questionnaire_id, kind, null, null, null, count(*)::numeric, sum(mean), sum(mean * mean),
                   null, null, null, null, null
              from m group by questionnaire_id, kind
            order by 1, 2, 6""";

    /** Aggregates against the raw truth (views over the responses, V3 migration); one row per disagreement. */
    private static final String DIFFERENCES = """
            with raw as (
                select question_code as k, flagged, n::numeric as n, sum::numeric as s, sum_squares::numeric as ss,
                       histogram::numeric[] as h
                  from raw_question_aggregate where questionnaire_id = ?
                union all
                select kind, flagged, n, sum, sum_squares, null from raw_respondent_aggregate where questionnaire_id = ?),
            kept as (
                select question_code as k, flagged, sum(n) as n, sum(sum) as s, sum(sum_squares) as ss,
                       array[sum(histogram[1]), sum(histogram[2]), sum(histogram[3]), sum(histogram[4]), sum(histogram[5])]::numeric[] as h
                  from question_aggregate where questionnaire_id = ? group by 1, 2
                union all
                select kind, flagged, sum(n), sum(sum), sum(sum_squares), null
                  from respondent_aggregate where questionnaire_id = ? group by 1, 2)
            select coalesce(raw.k, kept.k), coalesce(raw.flagged, kept.flagged), raw.n, kept.n, raw.s, kept.s, raw.ss, kept.ss,
                   raw.h::text, kept.h::text
              from raw full join kept on raw.k = kept.k and raw.flagged = kept.flagged
             where (raw.n, raw.s, raw.ss, raw.h) is distinct from (kept.n, kept.s, kept.ss, kept.h)
             order by 1, 2""";

    private final AgroalDataSource dataSource;
    private final EntityManager em;

    ScoreAggregateQueries(AgroalDataSource dataSource, EntityManager em) {
        this.dataSource = dataSource;
        this.em = em;
    }

    public Sums read(long questionnaireId, boolean includeFlagged) {
        return readAll(List.of(questionnaireId), includeFlagged).get(questionnaireId);
    }

    /** The sums of each questionnaire, in one statement (a page of program scores reads all of them at once). */
    public Map<Long, Sums> readAll(Collection<Long> questionnaireIds, boolean includeFlagged) {
        if (questionnaireIds.isEmpty()) {
            return sums(List.of(), questionnaireIds);
        }
        List<?> rows = em.createNativeQuery(SUMS)
                .setParameter("ids", List.copyOf(questionnaireIds))
                .setParameter("flagged", includeFlagged)
                .getResultList();
        return sums(rows, questionnaireIds);
    }

    /**
     * The sums of each questionnaire over the responses {@code filter} keeps, in one statement. {@link ScoreFilter#NONE}
     * reads the running aggregates ({@link #readAll(Collection, boolean)}); any other filter reads the responses
     * themselves (a round's days use the index on questionnaire and submission time), with the rows of the same shape.
     */
    public Map<Long, Sums> readAll(Collection<Long> questionnaireIds, boolean includeFlagged, ScoreFilter filter) {
        if (filter.none()) {
            return readAll(questionnaireIds, includeFlagged);
        }
        if (questionnaireIds.isEmpty()) {
            return sums(List.of(), questionnaireIds);
        }
        String where = (filter.round() == null ? "" : " and r.submitted_at >= :from and r.submitted_at < :until")
                + (filter.channels().isEmpty() ? "" : " and r.channel in (:channels)");
        var query = em.createNativeQuery(FILTERED_SUMS.formatted(where))
                .setParameter("ids", List.copyOf(questionnaireIds))
                .setParameter("flagged", includeFlagged);
        if (filter.round() != null) {
            query.setParameter("from", filter.round().from())
                    .setParameter("until", filter.round().until());
        }
        if (!filter.channels().isEmpty()) {
            query.setParameter("channels", filter.channelList());
        }
        return sums(query.getResultList(), questionnaireIds);
    }

    /** Rows of {@link #SUMS} or {@link #FILTERED_SUMS} as sums per questionnaire (empty sums for one without rows). */
    private static Map<Long, Sums> sums(List<?> rows, Collection<Long> questionnaireIds) {
        Map<Long, List<QuestionnaireStats.Question>> questions = new HashMap<>();
        Map<Long, Map<String, RespondentMeanStats>> respondents = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long questionnaireId = ((Number) c[1]).longValue();
            if ("Q".equals(c[0])) {
                LikertScale scale = LikertScale.ofPoints(((Number) c[4]).intValue());
                long[] histogram = new long[scale.points()];
                for (int point = 0; point < scale.points(); point++) {
                    histogram[point] = ((Number) c[9 + point]).longValue();
                }
                questions
                        .computeIfAbsent(questionnaireId, id -> new ArrayList<>())
                        .add(new QuestionnaireStats.Question(
                                (String) c[2],
                                QuestionTag.valueOf((String) c[3]),
                                QuestionStats.of(scale, longOf(c[6]), longOf(c[7]), longOf(c[8]), histogram)));
            } else {
                respondents
                        .computeIfAbsent(questionnaireId, id -> new HashMap<>())
                        .put((String) c[2], new RespondentMeanStats(longOf(c[6]), doubleOf(c[7]), doubleOf(c[8])));
            }
        }
        Map<Long, Sums> sums = new HashMap<>();
        for (Long id : questionnaireIds) {
            Map<String, RespondentMeanStats> means = respondents.getOrDefault(id, Map.of());
            RespondentMeanStats empty = RespondentMeanStats.empty();
            sums.put(
                    id,
                    new Sums(
                            means.getOrDefault("ALL", empty).n(),
                            new QuestionnaireStats(
                                    questions.getOrDefault(id, List.of()),
                                    means.getOrDefault("SKM", empty),
                                    means.getOrDefault("IMPACT", empty))));
        }
        return sums;
    }

    /**
     * Makes the rest of the caller's transaction read one snapshot (REPEATABLE READ, read only): a page of scores
     * is then consistent even while responses arrive. Must be the transaction's first statement.
     */
    public void readOneSnapshot() {
        em.createNativeQuery("set transaction isolation level repeatable read, read only")
                .executeUpdate();
    }

    private static long longOf(Object value) {
        return ((Number) value).longValue();
    }

    private static double doubleOf(Object value) {
        return ((Number) value).doubleValue();
    }

    /** Every aggregate that disagrees with the raw responses, in words; empty when they agree. */
    public List<String> differences(long questionnaireId) {
        try (Connection c = dataSource.getConnection()) {
            return differences(c, questionnaireId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not check score aggregates of questionnaire " + questionnaireId, e);
        }
    }

    /**
     * Recomputes the questionnaire's aggregates from its responses and returns the differences found before. New
     * responses to this questionnaire wait while it runs ({@link AggregateLocks}), so none is counted twice or
     * missed; other questionnaires go on. bench/scores.sh measured 11 s at 100,000 responses and 64 s at 1,000,000, and
     * submissions waiting longer than 30 s fail (unacknowledged, so not lost): an off-peak repair.
     */
    public List<String> rebuild(long questionnaireId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // batches of new responses take this lock shared first (ResponseQueries): once we hold it, every
                // earlier batch has committed and later ones wait for us
                try (PreparedStatement lock = c.prepareStatement(AggregateLocks.EXCLUSIVE_FOR_REBUILD)) {
                    lock.setLong(1, questionnaireId);
                    lock.executeQuery().close();
                }
                List<String> before = differences(c, questionnaireId);
                execute(c, "delete from question_aggregate where questionnaire_id = ?", questionnaireId);
                execute(c, "delete from respondent_aggregate where questionnaire_id = ?", questionnaireId);
                execute(c, """
                        insert into question_aggregate (questionnaire_id, question_code, flagged, shard, n, sum, sum_squares, histogram)
                        select questionnaire_id, question_code, flagged, 0, n, sum, sum_squares, histogram
                          from raw_question_aggregate where questionnaire_id = ?""", questionnaireId);
                execute(c, """
                        insert into respondent_aggregate (questionnaire_id, kind, flagged, shard, n, sum, sum_squares)
                        select questionnaire_id, kind, flagged, 0, n, sum, sum_squares
                          from raw_respondent_aggregate where questionnaire_id = ?""", questionnaireId);
                c.commit();
                return before;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true); // pooled connections go back as they came
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not rebuild score aggregates of questionnaire " + questionnaireId, e);
        }
    }

    private static List<String> differences(Connection c, long questionnaireId) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(DIFFERENCES)) {
            for (int i = 1; i <= 4; i++) {
                s.setLong(i, questionnaireId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    differences.add(rs.getString(1) + (rs.getBoolean(2) ? " (flagged)" : "") + ": responses say n="
                            + rs.getString(3) + " sum=" + rs.getString(5) + " squares=" + rs.getString(7)
                            + (rs.getString(9) == null ? "" : " histogram=" + rs.getString(9))
                            + "; aggregates say n=" + rs.getString(4) + " sum=" + rs.getString(6) + " squares="
                            + rs.getString(8) + (rs.getString(10) == null ? "" : " histogram=" + rs.getString(10)));
                }
            }
        }
        return differences;
    }

    private static void execute(Connection c, String sql, long questionnaireId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, questionnaireId);
            s.executeUpdate();
        }
    }
}
