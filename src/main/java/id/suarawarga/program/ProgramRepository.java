package id.suarawarga.program;

import id.suarawarga.access.AccessScope;
import id.suarawarga.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

    /**
     * One page of programs with their region and (sub-)dimension, and how many match, in one statement (the count
     * is a window over the same rows); only a page past the end needs a second statement to count.
     */
    public Found page(Filter filter, PageRequest page) {
        var query = getEntityManager()
                .createQuery(select("p, count(*) over ()"), Object[].class)
                .setFirstResult(page.page() * page.size())
                .setMaxResults(page.size());
        parameters(filter).map().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        long total = rows.isEmpty() ? count(filter) : ((Number) rows.get(0)[1]).longValue();
        return new Found(rows.stream().map(row -> (Program) row[0]).toList(), total);
    }

    private long count(Filter filter) {
        var query = getEntityManager().createQuery("select count(p) from Program p where " + WHERE, Long.class);
        parameters(filter).map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Every program matching the filter, with its region and (sub-)dimension, in list order: one statement. */
    public List<Program> all(Filter filter) {
        var query = getEntityManager().createQuery(select("p"), Program.class);
        parameters(filter).map().forEach(query::setParameter);
        return query.getResultList();
    }

    /** The programs that match, with what every view of them shows (region, sub-dimension, dimension) fetched. */
    private static String select(String what) {
        return "select " + what + " from Program p join fetch p.region join fetch p.subDimension s"
                + " join fetch s.dimension where " + WHERE
                + " order by p.region.code, p.year, p.dimensionCode, p.name";
    }

    /** A page of programs and the number of all that match. */
    public record Found(List<Program> items, long total) {}

    private static final String WHERE = "(:region = '' or p.region.code = :region)"
            + " and (:scoped = false or p.region.code in :scope)"
            + " and (:owned = false or p.id in :programs)"
            + " and (:year = 0 or p.year = :year)"
            + " and (:dimension = '' or p.dimensionCode = :dimension)"
            + " and (:subDimension = '' or p.subDimension.code = :subDimension)"
            + " and (:text = '' or lower(p.name) like :text or lower(p.agency) like :text)";

    private static Parameters parameters(Filter filter) {
        return Parameters.with("region", orEmpty(filter.regionCode()))
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
