package id.suarawarga.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** How a questionnaire's responses were collected: counts per channel and per field officer (stored ones, flagged too). */
@ApplicationScoped
public class CollectionQueries {

    /** A number of responses for one channel, or for one officer (a staff account id). */
    public record Count<K>(K key, long responses) {}

    private final EntityManager em;

    CollectionQueries(EntityManager em) {
        this.em = em;
    }

    public List<Count<Channel>> perChannel(long questionnaireId) {
        List<?> rows = em.createNativeQuery("select channel, count(*) from survey_response where questionnaire_id = ?1"
                        + " group by channel order by count(*) desc, channel")
                .setParameter(1, questionnaireId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Count<>(Channel.valueOf(row[0].toString()), ((Number) row[1]).longValue()))
                .toList();
    }

    /** Per officer who collected responses in interviews, most first. */
    public List<Count<Long>> perOfficer(long questionnaireId) {
        List<?> rows = em.createNativeQuery("select collected_by, count(*) from survey_response"
                        + " where questionnaire_id = ?1 and collected_by is not null"
                        + " group by collected_by order by count(*) desc, collected_by")
                .setParameter(1, questionnaireId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Count<>(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }
}
