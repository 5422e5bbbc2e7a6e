package id.suarawarga.insight;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's reads of {@code survey_response}: answer counts, flagged counts and comments, one pass each. */
@ApplicationScoped
class InsightQueries {

    /** Respondents per question, and answers per question and stored value. */
    record AnswerCounts(Map<String, Long> answered, Map<String, Map<String, Long>> byValue) {}

    /** Flagged responses in all, and per reason (a response may have several). */
    record FlaggedCounts(long flagged, Map<String, Long> byReason) {}

    /** One comment: when, to which question, what. */
    record CommentRow(Instant submittedAt, String questionCode, String text, boolean flagged) {}

    /**
     * Rows with a null value count the respondents who answered the question; the others count answers per value
     * (a multiple choice is an array of values, a Likert answer its score, any other choice its value).
     */
    private static final String ANSWER_COUNTS_SQL = """
            with e as (
                select e.key, e.value
                  from survey_response r cross join lateral jsonb_each(r.answers) e
                 where r.questionnaire_id = ? and (not r.flagged or ?) and e.key = any(?))
            select key, null, count(*) from e group by key
            union all
            select key, v, count(*)
              from e cross join lateral (
                    select jsonb_array_elements_text(e.value) where jsonb_typeof(e.value) = 'array'
                    union all
                    select e.value #>> '{}' where jsonb_typeof(e.value) <> 'array') x (v)
             group by key, v""";

    private static final String FLAGGED_SQL = """
            select reason, count(*) from survey_response r cross join unnest(r.flag_reasons) reason
             where r.questionnaire_id = ? and r.flagged group by reason
            union all
            select null, count(*) from survey_response r where r.questionnaire_id = ? and r.flagged""";

    private static final String COMMENTS_FROM = """
              from survey_response r
              cross join lateral (select q.code, q.ord, r.answers ->> q.code as text
                                    from unnest(?::text[]) with ordinality q (code, ord)) c
             where r.questionnaire_id = ? and (not r.flagged or ?)
               and c.text is not null and btrim(c.text) <> ''
               and (?::text is null or c.text ilike ? escape '\\')""";

    private final AgroalDataSource dataSource;

    InsightQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    AnswerCounts answerCounts(long questionnaireId, boolean includeFlagged, List<String> questionCodes) {
        Map<String, Long> answered = new HashMap<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(ANSWER_COUNTS_SQL)) {
            s.setLong(1, questionnaireId);
            s.setBoolean(2, includeFlagged);
            s.setArray(3, c.createArrayOf("text", questionCodes.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        answered.put(rs.getString(1), rs.getLong(3));
                    } else {
                        counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count answers of questionnaire " + questionnaireId, e);
        }
        return new AnswerCounts(answered, counts);
    }

    FlaggedCounts flaggedCounts(long questionnaireId) {
        Map<String, Long> byReason = new HashMap<>();
        long flagged = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(FLAGGED_SQL)) {
            s.setLong(1, questionnaireId);
            s.setLong(2, questionnaireId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) == null) {
                        flagged = rs.getLong(2);
                    } else {
                        byReason.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count flagged responses of questionnaire " + questionnaireId, e);
        }
        return new FlaggedCounts(flagged, byReason);
    }

    /**
     * How many comments match, and page {@code page} (from 1) of them, newest first. {@code pattern} is a LIKE
     * pattern (null: all).
     */
    CommentPage comments(
            long questionnaireId,
            List<String> textCodes,
            boolean includeFlagged,
            String pattern,
            int page,
            int pageSize) {
        try (Connection c = dataSource.getConnection()) {
            Array codes = c.createArrayOf("text", textCodes.toArray());
            long total;
            try (PreparedStatement s = c.prepareStatement("select count(*) " + COMMENTS_FROM)) {
                bind(s, codes, questionnaireId, includeFlagged, pattern);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<CommentRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select r.submitted_at, c.code, c.text, r.flagged "
                    + COMMENTS_FROM + " order by r.submitted_at desc, r.id desc, c.ord limit ? offset ?")) {
                int next = bind(s, codes, questionnaireId, includeFlagged, pattern);
                s.setInt(next, pageSize);
                s.setLong(next + 1, (long) (page - 1) * pageSize);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new CommentRow(
                                rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                    }
                }
            }
            return new CommentPage(total, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read comments of questionnaire " + questionnaireId, e);
        }
    }

    /** A page of comments and how many match in all. */
    record CommentPage(long total, List<CommentRow> rows) {}

    private static int bind(
            PreparedStatement s, Array codes, long questionnaireId, boolean includeFlagged, String pattern)
            throws SQLException {
        s.setArray(1, codes);
        s.setLong(2, questionnaireId);
        s.setBoolean(3, includeFlagged);
        s.setString(4, pattern);
        s.setString(5, pattern);
        return 6;
    }
}
