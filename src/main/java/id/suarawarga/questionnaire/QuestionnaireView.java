package id.suarawarga.questionnaire;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A questionnaire with its questions. */
@Schema(name = "Questionnaire")
public record QuestionnaireView(
        Long id,
        Long programId,
        String programSlug,
        int version,
        QuestionnaireStatus status,
        LocalizedText title,
        LocalizedText intro,
        LocalizedText consent,
        Instant opensAt,
        Instant closesAt,
        Instant publishedAt,
        Instant closedAt,

        @Schema(
                description =
                        "What a second response from the same browser gets: FLAG (default), REJECT or ALLOW (kiosk).")
        DuplicatePolicy duplicatePolicy,

        Instant createdAt,
        Instant updatedAt,
        List<QuestionView> questions) {

    static QuestionnaireView of(Questionnaire q) {
        return new QuestionnaireView(
                q.id,
                q.program.id,
                q.program.slug,
                q.version,
                q.status,
                LocalizedText.of(q.titleId, q.titleEn),
                LocalizedText.of(q.introId, q.introEn),
                LocalizedText.of(q.consentId, q.consentEn),
                q.opensAt,
                q.closesAt,
                q.publishedAt,
                q.closedAt,
                q.duplicatePolicy,
                q.createdAt,
                q.updatedAt,
                q.questions.stream().map(QuestionView::of).toList());
    }
}
