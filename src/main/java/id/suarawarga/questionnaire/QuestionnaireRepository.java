package id.suarawarga.questionnaire;

import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.program.Program;
import id.suarawarga.program.ProgramRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finders for questionnaires. */
@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepository<Questionnaire> {

    /** {@code scope} carries the caller's regions and programs (null members: not limited). */
    public PanacheQuery<Questionnaire> search(
            Long programId, QuestionnaireStatus status, ProgramRepository.Filter scope, PageRequest page) {
        Parameters params = Parameters.with("program", programId == null ? -1L : programId)
                .and("status", status == null ? "" : status.name())
                .and("regionScoped", scope.regionScope() != null)
                .and(
                        "regions",
                        scope.regionScope() == null || scope.regionScope().isEmpty() ? Set.of("") : scope.regionScope())
                .and("programScoped", scope.programScope() != null)
                .and(
                        "programs",
                        scope.programScope() == null || scope.programScope().isEmpty()
                                ? Set.of(-1L)
                                : scope.programScope());
        return find(
                        "(:program = -1 or program.id = :program) and (:status = '' or str(status) = :status)"
                                + " and (:regionScoped = false or program.region.code in :regions)"
                                + " and (:programScoped = false or program.id in :programs)",
                        Sort.by("program.id").and("version", Sort.Direction.Descending),
                        params)
                .page(page.toPanache());
    }

    public Optional<Questionnaire> findInState(Program program, QuestionnaireStatus status) {
        return find("program = ?1 and status = ?2", program, status).firstResultOptional();
    }

    public int nextVersion(Program program) {
        Integer max = getEntityManager()
                .createQuery("select max(q.version) from Questionnaire q where q.program = :program", Integer.class)
                .setParameter("program", program)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Loads a questionnaire for a lifecycle change, serialising concurrent publish/close/new-version calls. */
    public Optional<Questionnaire> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks the questionnaire's row until the transaction ends (e.g. while its successor is published). */
    public void lockForUpdate(Questionnaire questionnaire) {
        getEntityManager().lock(questionnaire, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The current (newest non-draft) version of each program, in one statement; programs with none are absent. */
    public List<CurrentVersion> currentVersions(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select new id.suarawarga.questionnaire.CurrentVersion(q.program.id, q.id, q.version)"
                                + " from Questionnaire q where q.program.id in :programs and q.status <> :draft"
                                + " and q.version = (select max(o.version) from Questionnaire o"
                                + " where o.program = q.program and o.status <> :draft)",
                        CurrentVersion.class)
                .setParameter("programs", programIds)
                .setParameter("draft", QuestionnaireStatus.DRAFT)
                .getResultList();
    }
}
