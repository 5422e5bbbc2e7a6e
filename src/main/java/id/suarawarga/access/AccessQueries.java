package id.suarawarga.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The lookups behind {@link AccessScope}: which region an object belongs to, one statement each. */
@ApplicationScoped
class AccessQueries {

    /** A program and the code of its region. */
    record Owner(long programId, String regionCode) {}

    private final EntityManager em;

    AccessQueries(EntityManager em) {
        this.em = em;
    }

    Optional<String> programRegion(long programId) {
        List<?> rows = em.createNativeQuery(
                        "select r.code from program p join region r on r.id = p.region_id where p.id = ?1")
                .setParameter(1, programId)
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** One query for a questionnaire's program and region: this runs on every staff request that names one. */
    Optional<Owner> questionnaireOwner(long questionnaireId) {
        List<?> rows = em.createNativeQuery("select q.program_id, r.code from questionnaire q"
                        + " join program p on p.id = q.program_id join region r on r.id = p.region_id where q.id = ?1")
                .setParameter(1, questionnaireId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Owner(((Number) columns[0]).longValue(), columns[1].toString());
        });
    }

    /** Empty when there is no such account; else its region's code, empty for a national account. */
    Optional<Optional<String>> staffUserRegion(long staffUserId) {
        List<?> rows = em.createNativeQuery(
                        "select coalesce(r.code, '') from staff_user s left join region r on r.id = s.region_id where s.id = ?1")
                .setParameter(1, staffUserId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(code -> Optional.of(code.toString()).filter(c -> !c.isEmpty()));
    }
}
