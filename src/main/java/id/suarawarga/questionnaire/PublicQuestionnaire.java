package id.suarawarga.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published questionnaire as residents and kiosk apps see it. Published content never changes, so this
 * snapshot is built once per questionnaire version and shared; only the duplicate policy is read live.
 */
@Schema(name = "PublicQuestionnaire", description = "A published questionnaire, as residents see it.")
public record PublicQuestionnaire(
        @JsonIgnore long id,

        @Schema(description = "Questionnaire version; answers are always tied to it.", examples = "1")
        int version,

        @Schema(examples = "si-mantab") String slug,
        @Schema(examples = "Si Mantab") String programName,
        @Schema(examples = "DPMPTSP Kota Banjarmasin") String agency,
        LocalizedText title,
        LocalizedText intro,

        @Schema(description = "Privacy notice shown before answering (UU 27/2022 PDP).")
        LocalizedText consent,

        Instant opensAt,
        Instant closesAt,
        List<QuestionView> questions) {

    public Optional<QuestionView> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** Whether there is English text to switch to. */
    public boolean hasEnglish() {
        return title.en() != null;
    }

    static PublicQuestionnaire of(Questionnaire q) {
        return new PublicQuestionnaire(
                q.id,
                q.version,
                q.program.slug,
                q.program.name,
                q.program.agency,
                LocalizedText.of(q.titleId, q.titleEn),
                LocalizedText.of(q.introId, q.introEn),
                LocalizedText.of(q.consentId, q.consentEn),
                q.opensAt,
                q.closesAt,
                q.questions.stream().map(QuestionView::of).toList());
    }
}
