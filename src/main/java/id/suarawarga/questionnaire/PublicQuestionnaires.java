package id.suarawarga.questionnaire;

import id.suarawarga.common.config.SuaraConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the questionnaire a public link ({@code /s/{slug}}) leads to, and whether it takes answers now.
 *
 * <p>Every resident's page view and submission asks this, so the answer is cached per slug: published content never
 * changes, and lifecycle changes made through this instance evict the cache when they commit. Changes made through
 * another replica are seen here within {@code suara.public-cache-ttl}.
 */
@ApplicationScoped
public class PublicQuestionnaires {

    /** Where a slug leads. */
    public sealed interface Availability {
        /** Taking answers. */
        record Open(PublicQuestionnaire questionnaire, DuplicatePolicy duplicatePolicy) implements Availability {}

        /** Published, but answers start later. */
        record NotYetOpen(PublicQuestionnaire questionnaire) implements Availability {}

        /** Was public, takes no answers any more. */
        record Closed(String programName, String agency) implements Availability {}

        /** No such program, or nothing published yet (drafts are not public). */
        record NotFound() implements Availability {}
    }

    /** What the database said about a slug, and when. Null snapshot: nothing published or closed. */
    private record Current(
            PublicQuestionnaire snapshot,
            QuestionnaireStatus status,
            DuplicatePolicy policy,
            String programName,
            String agency,
            Instant loadedAt) {}

    private final QuestionnaireRepository questionnaires;
    private final Duration ttl;
    private final Map<String, Current> bySlug = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    PublicQuestionnaires(QuestionnaireRepository questionnaires, SuaraConfig config) {
        this.questionnaires = questionnaires;
        this.ttl = config.publicCacheTtl();
    }

    public Availability resolve(String slug) {
        Instant now = clock.instant();
        Current current = fresh(slug, now);
        if (current == null) {
            current = QuarkusTransaction.joiningExisting().call(() -> load(slug, now));
            if (current.snapshot() != null) {
                // only slugs that lead somewhere: a flood of made-up slugs must not grow the cache without bound
                bySlug.put(slug, current);
            }
        }
        return availability(current, now);
    }

    /** Where a questionnaire stands for answers typed in by staff, and the region its program belongs to. */
    public record ForStaff(Availability availability, String regionCode) {}

    /**
     * Where the questionnaire with this id stands for answers staff type in (paper sheets, field interviews): by the
     * same rules as its public link; a version that a newer one has replaced counts as closed, a draft as not found.
     */
    public ForStaff resolveForStaff(long questionnaireId) {
        record Found(String slug, String programName, String agency, String region) {}
        Found found = QuarkusTransaction.joiningExisting()
                .call(() -> questionnaires
                        .findByIdOptional(questionnaireId)
                        .filter(q -> q.status != QuestionnaireStatus.DRAFT)
                        .map(q -> new Found(q.program.slug, q.program.name, q.program.agency, q.program.region.code))
                        .orElse(null));
        if (found == null) {
            return new ForStaff(new Availability.NotFound(), null);
        }
        Availability current = resolve(found.slug());
        if (current instanceof Availability.Open open && open.questionnaire().id() != questionnaireId
                || current instanceof Availability.NotYetOpen notYet
                        && notYet.questionnaire().id() != questionnaireId) {
            current = new Availability.Closed(found.programName(), found.agency());
        }
        return new ForStaff(current, found.region());
    }

    /**
     * Where the slug leads, if this instance knows it without asking the database (so it never blocks: for the
     * event loop); empty when {@link #resolve} must load it.
     */
    public Optional<Availability> resolveCached(String slug) {
        Instant now = clock.instant();
        return Optional.ofNullable(fresh(slug, now)).map(current -> availability(current, now));
    }

    private Current fresh(String slug, Instant now) {
        Current current = bySlug.get(slug);
        return current == null || current.loadedAt().plus(ttl).isBefore(now) ? null : current;
    }

    private static Availability availability(Current current, Instant now) {
        PublicQuestionnaire q = current.snapshot();
        if (q == null) {
            return new Availability.NotFound();
        }
        if (current.status() == QuestionnaireStatus.CLOSED || q.closesAt() != null && !now.isBefore(q.closesAt())) {
            return new Availability.Closed(current.programName(), current.agency());
        }
        if (q.opensAt() != null && now.isBefore(q.opensAt())) {
            return new Availability.NotYetOpen(q);
        }
        return new Availability.Open(q, current.policy());
    }

    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuestionnaireChanged change) {
        bySlug.clear();
    }

    /** The program's highest non-draft version is its current public one (publishing closes the one before). */
    private Current load(String slug, Instant now) {
        List<Questionnaire> latest = questionnaires
                .find(
                        "from Questionnaire q join fetch q.program where q.program.slug = ?1 and q.status <> ?2 order by q.version desc",
                        slug,
                        QuestionnaireStatus.DRAFT)
                .page(0, 1)
                .list();
        if (latest.isEmpty()) {
            return new Current(null, null, null, null, null, now);
        }
        Questionnaire q = latest.get(0);
        return new Current(
                PublicQuestionnaire.of(q), q.status, q.duplicatePolicy, q.program.name, q.program.agency, now);
    }
}
