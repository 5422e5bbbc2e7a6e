package id.suarawarga.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Defines a question. Also the format of questions in template files, so templates and API share one path.
 * Type-specific rules (options only where the type has them, LIKERT scale size…) are checked by {@link QuestionRules}.
 */
@Schema(name = "QuestionRequest", examples = """
        {"code":"U3","type":"LIKERT","required":true,"scalePoints":4,"tag":"U3","scored":true,
         "text":{"id":"Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
                 "en":"How do you rate the speed of the service?"},
         "options":[{"label":{"id":"Tidak cepat","en":"Not fast"}},{"label":{"id":"Kurang cepat","en":"Rather slow"}},
                    {"label":{"id":"Cepat","en":"Fast"}},{"label":{"id":"Sangat cepat","en":"Very fast"}}]}""")
public record QuestionRequest(
        @Size(max = 40)
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "must start with a letter and use letters, digits or _")
        @Schema(description = "Stable key within the questionnaire; defaults to the tag, else Q1, Q2…", examples = "U3")
        String code,

        @NotNull QuestionType type,
        @NotNull @Valid LocalizedText text,
        @Valid LocalizedText help,

        @Schema(description = "Whether an answer is required (default false).")
        Boolean required,

        @Min(4) @Max(5) @Schema(description = "LIKERT only: 4 or 5 points.")
        Integer scalePoints,

        @Min(1) @Max(4000) @Schema(description = "TEXT only: maximum characters (default 1000).")
        Integer maxLength,

        @Schema(description = "NUMBER only: smallest allowed answer.")
        BigDecimal minValue,

        @Schema(description = "NUMBER only: largest allowed answer.")
        BigDecimal maxValue,

        @Schema(
                description =
                        "What the question measures: SKM element, impact aspect, profile attribute or suggestion.")
        QuestionTag tag,

        @Schema(
                description =
                        "Whether answers feed scores; only LIKERT with an SKM/impact tag. Defaults to true for those, else false.")
        Boolean scored,

        @Valid @Schema(description = "Show only when an earlier question got one of the given answers.")
        ShowIf showIf,

        @Size(max = 50) List<@NotNull @Valid OptionRequest> options,

        @Schema(
                description =
                        "LIKERT only: also offer \"Tidak tahu / tidak berlaku\" (answer value NA), for residents who"
                                + " cannot judge: the response counts as answered, the question's score leaves it out.")
        Boolean dontKnow) {

    /** A question without "tidak tahu" (the default). */
    public QuestionRequest(
            String code,
            QuestionType type,
            LocalizedText text,
            LocalizedText help,
            Boolean required,
            Integer scalePoints,
            Integer maxLength,
            BigDecimal minValue,
            BigDecimal maxValue,
            QuestionTag tag,
            Boolean scored,
            ShowIf showIf,
            List<OptionRequest> options) {
        this(
                code,
                type,
                text,
                help,
                required,
                scalePoints,
                maxLength,
                minValue,
                maxValue,
                tag,
                scored,
                showIf,
                options,
                null);
    }

    /** A show-if condition on an earlier question's answer. */
    @Schema(name = "ShowIf", examples = """
            {"question":"PAKAI_LAYANAN","values":["YES"]}""")
    public record ShowIf(
            @NotBlank @Schema(description = "Code of an earlier question.")
            String question,

            @NotEmpty @Size(max = 20) @Schema(description = "Answer values of that question that show this one.")
            List<@NotBlank @Size(max = 40) String> values) {}

    /** An answer option. For LIKERT, list the points from 1 (worst) to n (best); value and score follow the order. */
    @Schema(name = "OptionRequest", examples = """
            {"value":"SMA","label":{"id":"SMA/sederajat","en":"Senior high school"}}""")
    public record OptionRequest(
            @Size(max = 40)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*", message = "must use letters, digits, _ . or -")
            @Schema(description = "Stable answer value; defaults to the position (1, 2, …). YES_NO uses YES and NO.")
            String value,

            @NotNull @Valid LocalizedText label,

            @Schema(description = "Ends the questionnaire when chosen (SINGLE_CHOICE and YES_NO only), e.g. under 18.")
            Boolean terminates) {}
}
