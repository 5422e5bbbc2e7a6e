package id.suarawarga.response;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The SQL of {@link FormDrafts}: one auto-committed statement each. */
@ApplicationScoped
public class FormDraftQueries {

    /** A stored draft's columns. */
    record Row(String token, String language, String answersJson, boolean showErrors, String message) {}

    private static final String INSERT = """
            with expired as (delete from form_draft where expires_at < now())
            insert into form_draft (id, questionnaire_id, device_hash, token, language, answers, show_errors, message,
                                    expires_at)
            values (?, ?, decode(?, 'hex'), ?, ?, ?::jsonb, ?, ?, ?)""";

    private static final String FIND = """
            select token, language, answers::text, show_errors, message from form_draft
             where id = ? and questionnaire_id = ? and device_hash is not distinct from decode(?, 'hex')
               and expires_at > now()""";

    private static final String DELETE = "delete from form_draft where id = ? and questionnaire_id = ?";

    private final AgroalDataSource dataSource;

    FormDraftQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(UUID id, long questionnaireId, String deviceHash, Row row, Instant expiresAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setObject(1, id);
            s.setLong(2, questionnaireId);
            s.setString(3, deviceHash);
            s.setString(4, row.token());
            s.setString(5, row.language());
            s.setString(6, row.answersJson());
            s.setBoolean(7, row.showErrors());
            s.setString(8, row.message());
            s.setTimestamp(9, Timestamp.from(expiresAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new ResponseStoreException("could not keep a form draft", e);
        }
    }

    Optional<Row> find(UUID id, long questionnaireId, String deviceHash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(FIND)) {
            s.setObject(1, id);
            s.setLong(2, questionnaireId);
            s.setString(3, deviceHash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Row(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ResponseStoreException("could not read a form draft", e);
        }
    }

    void delete(UUID id, long questionnaireId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(DELETE)) {
            s.setObject(1, id);
            s.setLong(2, questionnaireId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new ResponseStoreException("could not delete a form draft", e);
        }
    }
}
