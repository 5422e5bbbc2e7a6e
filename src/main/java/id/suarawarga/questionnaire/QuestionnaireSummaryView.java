package id.suarawarga.questionnaire;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A questionnaire in a list, without its questions. */
@Schema(name = "QuestionnaireSummary")
public record QuestionnaireSummaryView(
        Long id,
        Long programId,
        String programSlug,
        int version,
        QuestionnaireStatus status,
        LocalizedText title,
        int questionCount,
        Instant opensAt,
        Instant closesAt,
        Instant publishedAt,
        Instant closedAt,
        Instant updatedAt) {

    static QuestionnaireSummaryView of(Questionnaire q) {
        return new QuestionnaireSummaryView(
                q.id,
                q.program.id,
                q.program.slug,
                q.version,
                q.status,
                LocalizedText.of(q.titleId, q.titleEn),
                q.questions.size(),
                q.opensAt,
                q.closesAt,
                q.publishedAt,
                q.closedAt,
                q.updatedAt);
    }
}
