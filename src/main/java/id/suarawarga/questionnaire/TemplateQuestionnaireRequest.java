package id.suarawarga.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates a draft questionnaire from one or more templates, in the order given. */
@Schema(name = "TemplateQuestionnaireRequest", examples = """
        {"programId":1,"templates":["skm","manfaat-program"]}""")
public record TemplateQuestionnaireRequest(
        @NotNull Long programId,

        @NotEmpty @Size(max = 5) @Schema(description = "Template codes, see GET /api/v1/questionnaire-templates.")
        List<@NotBlank String> templates,

        @Valid @Schema(description = "Overrides the first template's title.")
        LocalizedText title,

        Instant opensAt,
        Instant closesAt) {}
