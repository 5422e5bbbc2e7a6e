package id.suarawarga.importing;

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

/** The uploaded files waiting between the steps of an import (table {@code import_upload}, V20). */
@ApplicationScoped
public class ImportQueries {

    /** An upload as stored: its file and what was read from it. */
    record Upload(
            UUID id,
            long questionnaireId,
            String uploadedBy,
            String fileName,
            TableFormat format,
            String summaryJson,
            byte[] content,
            Instant createdAt) {}

    private final AgroalDataSource dataSource;

    ImportQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Upload upload) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into import_upload (id, questionnaire_id, uploaded_by,"
                        + " file_name, format, size_bytes, summary, content) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
            s.setObject(1, upload.id());
            s.setLong(2, upload.questionnaireId());
            s.setString(3, upload.uploadedBy());
            s.setString(4, upload.fileName());
            s.setString(5, upload.format().name());
            s.setInt(6, upload.content().length);
            s.setString(7, upload.summaryJson());
            s.setBytes(8, upload.content());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store an upload", e);
        }
    }

    /** The upload, with its file only when {@code withContent}. */
    Optional<Upload> find(UUID id, long questionnaireId, boolean withContent) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id, questionnaire_id, uploaded_by, file_name, format,"
                        + " summary::text, " + (withContent ? "content" : "null") + ", created_at"
                        + " from import_upload where id = ? and questionnaire_id = ?")) {
            s.setObject(1, id);
            s.setLong(2, questionnaireId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Upload(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        TableFormat.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getBytes(7),
                        rs.getTimestamp(8).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an upload", e);
        }
    }

    boolean delete(UUID id, long questionnaireId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("delete from import_upload where id = ? and questionnaire_id = ?")) {
            s.setObject(1, id);
            s.setLong(2, questionnaireId);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete an upload", e);
        }
    }

    /** Deletes uploads left waiting since before {@code before} (a file may hold personal data never imported). */
    int deleteOlderThan(Instant before) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from import_upload where created_at < ?")) {
            s.setTimestamp(1, Timestamp.from(before));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete old uploads", e);
        }
    }
}
