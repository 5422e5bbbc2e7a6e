package id.suarawarga.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a questionnaire's responses through a server-side cursor (autocommit off, fetch size set), handing each row
 * on as it arrives: memory stays the same at a hundred or a million responses. Selects only what an export may show;
 * public_id, submission_key, request_hash, device_hash and source_hash are never read.
 */
@ApplicationScoped
public class ResponseRowQueries {

    /** Rows per round trip: big enough to keep the socket busy, small enough to be a few hundred KB at most. */
    static final int FETCH_SIZE = 1000;

    /** Takes one row; may write to a client, hence IOException. */
    @FunctionalInterface
    public interface Sink {
        void accept(ResponseRow row) throws IOException;
    }

    private final AgroalDataSource dataSource;

    ResponseRowQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Streams the responses, oldest first, to the sink; returns how many were sent. */
    public long stream(long questionnaireId, ExportLayout layout, boolean includeFlagged, Sink sink)
            throws IOException {
        List<ExportColumn> columns = layout.answers();
        StringBuilder sql = new StringBuilder("select submitted_at, channel, language, flagged, flag_reasons, review,"
                + " review_note, source_tag, other_person_declared");
        for (ExportColumn column : columns) {
            sql.append(
                    column.kind() == ExportColumn.Kind.MULTI_CHOICE
                            ? ", (select string_agg(v, ';') from jsonb_array_elements_text(answers -> ?) v)"
                            : ", answers ->> ?");
        }
        sql.append(" from survey_response where questionnaire_id = ? and (? or not flagged) order by submitted_at, id");
        ZoneId zone = layout.zone();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL's driver uses a cursor (and fetches in batches) only inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                int parameter = 1;
                for (ExportColumn column : columns) {
                    statement.setString(parameter++, column.code());
                }
                statement.setLong(parameter++, questionnaireId);
                statement.setBoolean(parameter, includeFlagged);
                long number = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        List<Object> cells = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            cells.add(columns.get(i).cell(rs.getString(10 + i)));
                        }
                        sink.accept(new ResponseRow(
                                ++number,
                                rs.getTimestamp(1).toInstant().atZone(zone).toLocalDate(),
                                rs.getString(2),
                                rs.getString(8),
                                rs.getString(3),
                                rs.getBoolean(4),
                                reasons(rs.getArray(5)),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getBoolean(9),
                                cells));
                    }
                }
                return number;
            } finally {
                // read-only: nothing to keep; the connection goes back to the pool as it came
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Reading responses of questionnaire " + questionnaireId + " failed", e);
        }
    }

    private static List<String> reasons(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
