package id.suarawarga.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the questionnaire a public link ({@code /s/{slug}}) leads to, and whether it takes answers now. */
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

    private final QuestionnaireRepository questionnaires;
    /** Keyed by id and publication instant: together they name one immutable published content. */
    private final Map<String, PublicQuestionnaire> snapshots = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    PublicQuestionnaires(QuestionnaireRepository questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Transactional
    public Availability resolve(String slug) {
        List<Questionnaire> candidates = questionnaires.find(
                "program.slug = ?1 and status <> ?2 order by version desc", slug, QuestionnaireStatus.DRAFT)
                .page(0, 1).list();
        if (candidates.isEmpty()) {
            return new Availability.NotFound();
        }
        Questionnaire latest = candidates.get(0);
        Instant now = clock.instant();
        if (latest.status == QuestionnaireStatus.CLOSED || latest.closesAt != null && !now.isBefore(latest.closesAt)) {
            return new Availability.Closed(latest.program.name, latest.program.agency);
        }
        PublicQuestionnaire snapshot = snapshots.computeIfAbsent(latest.id + "@" + latest.publishedAt,
                key -> PublicQuestionnaire.of(latest));
        if (latest.opensAt != null && now.isBefore(latest.opensAt)) {
            return new Availability.NotYetOpen(snapshot);
        }
        return new Availability.Open(snapshot, latest.duplicatePolicy);
    }
}
