package id.suarawarga.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Replaces a draft's title, intro, notice and dates; questions have their own endpoints. */
@Schema(name = "QuestionnaireUpdateRequest", examples = """
        {"title":{"id":"Survei Kepuasan Si Mantab 2024"},"consent":{"id":"Survei ini tidak meminta nama..."},
         "opensAt":"2024-07-01T00:00:00Z","closesAt":"2024-09-30T16:59:59Z"}""")
public record QuestionnaireUpdateRequest(
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedText intro,
        @NotNull @Valid LocalizedText consent,
        Instant opensAt,
        Instant closesAt) {}
