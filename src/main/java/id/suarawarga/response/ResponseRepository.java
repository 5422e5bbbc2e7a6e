package id.suarawarga.response;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes responses one at a time with idempotent, auto-committed statements ({@code insert … on conflict do
 * nothing}: two requests with the same key store exactly one row, whichever wins). New responses normally go through
 * {@link GroupCommitInserter}, which uses the single-row insert only when a batch fails or during shutdown. Plain JDBC on
 * purpose: this is the hot path of a viral survey, and single statements need no ORM session or JTA transaction.
 */
@ApplicationScoped
public class ResponseRepository {

    /** A stored response's identity, for receipts and replays. */
    public record Stored(UUID publicId, String requestHash, int questionnaireVersion, Instant submittedAt) {}

    /** Everything a new row holds. */
    public record NewRow(long questionnaireId, String submissionKey, String requestHash, Channel channel, String language,
                         int noticeVersion, String answersJson, Integer fillSeconds, String deviceHash,
                         String sourceHash, List<FlagReason> flags) {}

    private static final String INSERT = """
            insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
                notice_version, answers, fill_seconds, device_hash, source_hash, flag_reasons)
            values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::varchar(20)[])
            on conflict (questionnaire_id, submission_key) do nothing
            returning public_id, request_hash, notice_version, submitted_at""";

    private static final String FIND_BY_KEY = """
            select public_id, request_hash, notice_version, submitted_at from survey_response
            where questionnaire_id = ? and submission_key = ?""";

    private static final String DEVICE_ANSWERED = """
            select 1 from survey_response where questionnaire_id = ? and device_hash = ? limit 1""";

    private final AgroalDataSource dataSource;

    ResponseRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The new row's identity, or empty when a response with the same key already exists. */
    public Optional<Stored> insert(NewRow r) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            c.setAutoCommit(true);
            s.setLong(1, r.questionnaireId());
            s.setString(2, r.submissionKey());
            s.setString(3, r.requestHash());
            s.setString(4, r.channel().name());
            s.setString(5, r.language());
            s.setInt(6, r.noticeVersion());
            s.setString(7, r.answersJson());
            if (r.fillSeconds() == null) {
                s.setNull(8, Types.INTEGER);
            } else {
                s.setInt(8, r.fillSeconds());
            }
            s.setString(9, r.deviceHash());
            s.setString(10, r.sourceHash());
            s.setString(11, flagsLiteral(r.flags()));
            return first(s);
        } catch (SQLException e) {
            throw new ResponseStoreException("could not store a response", e);
        }
    }

    public Optional<Stored> findByKey(long questionnaireId, String submissionKey) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FIND_BY_KEY)) {
            s.setLong(1, questionnaireId);
            s.setString(2, submissionKey);
            return first(s);
        } catch (SQLException e) {
            throw new ResponseStoreException("could not read a response", e);
        }
    }

    public boolean deviceAnswered(long questionnaireId, String deviceHash) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DEVICE_ANSWERED)) {
            s.setLong(1, questionnaireId);
            s.setString(2, deviceHash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
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
        return new Stored(rs.getObject(from, UUID.class), rs.getString(from + 1), rs.getInt(from + 2),
                rs.getTimestamp(from + 3).toInstant());
    }

    /** Flags as a PostgreSQL array literal, e.g. {HONEYPOT,TOO_FAST}. */
    static String flagsLiteral(List<FlagReason> flags) {
        return "{" + String.join(",", flags.stream().map(Enum::name).toList()) + "}";
    }
}
