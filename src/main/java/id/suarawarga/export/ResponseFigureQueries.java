package id.suarawarga.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few raw-response figures a report needs beyond the scores: the period answered, counts per profile band and
 * the comments. Counted in SQL; comments streamed through a cursor, never all in memory.
 */
@ApplicationScoped
public class ResponseFigureQueries {

    /** The first and last day with a response, in the report's time zone. */
    public record Period(LocalDate first, LocalDate last) {}

    /** Takes one comment; may write to a client. */
    @FunctionalInterface
    public interface CommentSink {
        void accept(SkmReport.Comment comment) throws IOException;
    }

    private static final String COUNTED = " from survey_response where questionnaire_id = ? and (? or not flagged)";

    private final AgroalDataSource dataSource;

    ResponseFigureQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Period> period(long questionnaireId, boolean includeFlagged, ZoneId zone) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select min(submitted_at), max(submitted_at)" + COUNTED)) {
            s.setLong(1, questionnaireId);
            s.setBoolean(2, includeFlagged);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getTimestamp(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Period(
                        rs.getTimestamp(1).toInstant().atZone(zone).toLocalDate(),
                        rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the response period failed", e);
        }
    }

    /** Responses per stored answer of one question; the key null counts those who did not answer it. */
    public Map<String, Long> counts(long questionnaireId, String questionCode, boolean includeFlagged) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select answers ->> ?, count(*)" + COUNTED + " group by 1")) {
            s.setString(1, questionCode);
            s.setLong(2, questionnaireId);
            s.setBoolean(3, includeFlagged);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting profile answers failed", e);
        }
        return counts;
    }

    public long commentCount(long questionnaireId, List<String> codes, boolean includeFlagged) {
        if (codes.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from survey_response, unnest(?::text[]) code"
                                + " where questionnaire_id = ? and (? or not flagged) and coalesce(answers ->> code, '') <> ''")) {
            s.setArray(1, c.createArrayOf("text", codes.toArray()));
            s.setLong(2, questionnaireId);
            s.setBoolean(3, includeFlagged);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting comments failed", e);
        }
    }

    /** The newest comments first, at most {@code limit}. */
    public List<SkmReport.Comment> latestComments(
            long questionnaireId, List<String> codes, boolean includeFlagged, ZoneId zone, int limit) {
        List<SkmReport.Comment> comments = new ArrayList<>();
        try {
            comments(questionnaireId, codes, includeFlagged, zone, " desc", " limit " + limit, comments::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return comments;
    }

    /** Every comment, oldest first, through a cursor. */
    public void comments(
            long questionnaireId, List<String> codes, boolean includeFlagged, ZoneId zone, CommentSink sink)
            throws IOException {
        comments(questionnaireId, codes, includeFlagged, zone, "", "", sink);
    }

    private void comments(
            long questionnaireId,
            List<String> codes,
            boolean includeFlagged,
            ZoneId zone,
            String order,
            String limit,
            CommentSink sink)
            throws IOException {
        if (codes.isEmpty()) {
            return;
        }
        String sql = "select submitted_at, code, answers ->> code from survey_response, unnest(?::text[]) code"
                + " where questionnaire_id = ? and (? or not flagged) and coalesce(answers ->> code, '') <> ''"
                + " order by submitted_at" + order + ", id" + order + limit;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // a cursor, as for exports
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(ResponseRowQueries.FETCH_SIZE);
                s.setArray(1, c.createArrayOf("text", codes.toArray()));
                s.setLong(2, questionnaireId);
                s.setBoolean(3, includeFlagged);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new SkmReport.Comment(
                                rs.getTimestamp(1).toInstant().atZone(zone).toLocalDate(),
                                rs.getString(2),
                                rs.getString(3)));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Reading comments failed", e);
        }
    }
}
