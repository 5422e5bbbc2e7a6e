package id.suarawarga.program;

import id.suarawarga.access.AccessScope;
import id.suarawarga.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Finders for programs. */
@ApplicationScoped
public class ProgramRepository implements PanacheRepository<Program> {

    /**
     * Optional filters of the program list; null means "any". {@code regionScope} and {@code programScope} limit the
     * result to what the caller may see (see {@code AccessScope}) on top of the other filters.
     */
    public record Filter(
            String regionCode,
            Integer year,
            String dimension,
            String subDimension,
            String text,
            Set<String> regionScope,
            Set<Long> programScope) {

        public Filter(String regionCode, Integer year, String dimension, String subDimension, String text) {
            this(regionCode, year, dimension, subDimension, text, null, null);
        }

        /** This filter limited to what the caller may see. */
        public Filter within(AccessScope.Limits limits) {
            return within(limits.regionCodes(), limits.programIds());
        }

        /** This filter limited to a caller's regions and programs (null = not limited). */
        public Filter within(Set<String> regions, Set<Long> programs) {
            return new Filter(regionCode, year, dimension, subDimension, text, regions, programs);
        }
    }

    public Optional<Program> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean nameTaken(Long regionId, int year, String name, Long exceptId) {
        return count(
                        "region.id = ?1 and year = ?2 and lower(name) = lower(?3) and id <> ?4",
                        regionId,
                        (short) year,
                        name,
                        exceptId == null ? -1L : exceptId)
                > 0;
    }

    public PanacheQuery<Program> search(Filter filter, PageRequest page) {
        Parameters params = Parameters.with("region", orEmpty(filter.regionCode()))
                .and("year", filter.year() == null ? (short) 0 : filter.year().shortValue())
                .and("dimension", orEmpty(filter.dimension()))
                .and("subDimension", orEmpty(filter.subDimension()))
                .and("text", filter.text() == null ? "" : "%" + filter.text().toLowerCase() + "%")
                .and("scoped", filter.regionScope() != null)
                .and(
                        "scope",
                        filter.regionScope() == null || filter.regionScope().isEmpty()
                                ? Set.of("")
                                : filter.regionScope())
                .and("owned", filter.programScope() != null)
                .and(
                        "programs",
                        filter.programScope() == null || filter.programScope().isEmpty()
                                ? Set.of(-1L)
                                : filter.programScope());
        return find(
                        "(:region = '' or region.code = :region)"
                                + " and (:scoped = false or region.code in :scope)"
                                + " and (:owned = false or id in :programs)"
                                + " and (:year = 0 or year = :year)"
                                + " and (:dimension = '' or dimensionCode = :dimension)"
                                + " and (:subDimension = '' or subDimension.code = :subDimension)"
                                + " and (:text = '' or lower(name) like :text or lower(agency) like :text)",
                        Sort.by("region.code").and("year").and("dimensionCode").and("name"),
                        params)
                .page(page.toPanache());
    }

    /** Whether any questionnaire of the program has ever been published (its public identity is then fixed). */
    public boolean everPublished(Program program) {
        return getEntityManager()
                        .createQuery(
                                "select count(q) from Questionnaire q where q.program = :program and q.status <> 'DRAFT'",
                                Long.class)
                        .setParameter("program", program)
                        .getSingleResult()
                > 0;
    }

    /** Whether a questionnaire of the program is published, i.e. its link may take answers. */
    public boolean collecting(Program program) {
        return getEntityManager()
                        .createQuery(
                                "select count(q) from Questionnaire q where q.program = :program and q.status = 'PUBLISHED'",
                                Long.class)
                        .setParameter("program", program)
                        .getSingleResult()
                > 0;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Deletes the program's questionnaires (drafts only: callers check {@link #everPublished} first). */
    public void deleteQuestionnairesOf(Program program) {
        getEntityManager()
                .createQuery("delete from Questionnaire q where q.program = :program")
                .setParameter("program", program)
                .executeUpdate();
    }
}
