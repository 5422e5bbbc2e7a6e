package id.suarawarga.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A questionnaire template as stored in {@code src/main/resources/questionnaire-templates/*.json}: data, created
 * through the same path as any API-defined questionnaire. {@code {program}} and {@code {agency}} in the title,
 * intro and notice are replaced with the program's name and agency.
 */
@Schema(name = "QuestionnaireTemplate")
public record QuestionnaireTemplate(
        @NotBlank @Schema(examples = "skm") String code,

        @NotBlank @Schema(examples = "Survei Kepuasan Masyarakat (PermenPANRB 14/2017)")
        String name,

        @NotBlank String description,
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedText intro,
        @NotNull @Valid LocalizedText consent,
        @NotEmpty List<@NotNull @Valid QuestionRequest> questions) {

    /** A template in the list, without its questions. */
    @Schema(name = "QuestionnaireTemplateSummary")
    public record Summary(String code, String name, String description, int questionCount) {}

    Summary summary() {
        return new Summary(code, name, description, questions.size());
    }
}
