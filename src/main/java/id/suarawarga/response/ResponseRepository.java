package id.suarawarga.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes responses with one idempotent statement: {@code insert … on conflict do nothing}, so two requests with the
 * same key at the same moment store exactly one row, whichever wins.
 */
@ApplicationScoped
public class ResponseRepository {

    /** A stored response's identity, for replays. */
    public record Stored(UUID publicId, String requestHash, int questionnaireVersion, java.time.Instant submittedAt) {}

    /** Everything a new row holds. */
    public record NewRow(long questionnaireId, String submissionKey, String requestHash, Channel channel, String language,
                              int noticeVersion, String answersJson, Integer fillSeconds, String deviceHash,
                              String sourceHash, List<FlagReason> flags) {}

    private final EntityManager em;

    ResponseRepository(EntityManager em) {
        this.em = em;
    }

    /** The new row's identity, or empty when a response with the same key already exists. */
    public Optional<Stored> insert(NewRow r) {
        String flags = "{" + String.join(",", r.flags().stream().map(Enum::name).toList()) + "}";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
                    notice_version, answers, fill_seconds, device_hash, source_hash, flag_reasons)
                values (:publicId, :questionnaire, :key, :hash, :channel, :language, :notice, cast(:answers as jsonb),
                    :fill, :device, :source, cast(:flags as varchar(20)[]))
                on conflict (questionnaire_id, submission_key) do nothing
                returning public_id, request_hash, notice_version, submitted_at""")
                .setParameter("publicId", UUID.randomUUID())
                .setParameter("questionnaire", r.questionnaireId())
                .setParameter("key", r.submissionKey())
                .setParameter("hash", r.requestHash())
                .setParameter("channel", r.channel().name())
                .setParameter("language", r.language())
                .setParameter("notice", r.noticeVersion())
                .setParameter("answers", r.answersJson())
                .setParameter("fill", r.fillSeconds())
                .setParameter("device", r.deviceHash())
                .setParameter("source", r.sourceHash())
                .setParameter("flags", flags)
                .getResultList();
        return rows.stream().findFirst().map(ResponseRepository::stored);
    }

    public Optional<Stored> findByKey(long questionnaireId, String submissionKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select public_id, request_hash, notice_version, submitted_at from survey_response
                where questionnaire_id = :questionnaire and submission_key = :key""")
                .setParameter("questionnaire", questionnaireId)
                .setParameter("key", submissionKey)
                .getResultList();
        return rows.stream().findFirst().map(ResponseRepository::stored);
    }

    public boolean deviceAnswered(long questionnaireId, String deviceHash) {
        return !em.createNativeQuery("select 1 from survey_response where questionnaire_id = :questionnaire"
                        + " and device_hash = :device limit 1")
                .setParameter("questionnaire", questionnaireId)
                .setParameter("device", deviceHash)
                .getResultList().isEmpty();
    }

    private static Stored stored(Object[] row) {
        Object time = row[3];
        java.time.Instant submittedAt = time instanceof Timestamp t ? t.toInstant()
                : time instanceof java.time.OffsetDateTime o ? o.toInstant() : (java.time.Instant) time;
        return new Stored((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(), submittedAt);
    }
}
