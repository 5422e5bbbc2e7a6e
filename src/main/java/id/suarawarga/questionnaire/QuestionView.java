package id.suarawarga.questionnaire;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question as the API shows it. */
@Schema(name = "Question")
public record QuestionView(
        Long id,
        int position,
        String code,
        QuestionType type,
        LocalizedText text,
        LocalizedText help,
        boolean required,
        Integer scalePoints,
        Integer maxLength,
        BigDecimal minValue,
        BigDecimal maxValue,
        QuestionTag tag,
        boolean scored,
        QuestionRequest.ShowIf showIf,
        List<OptionView> options,

        @Schema(description = "LIKERT only: \"tidak tahu / tidak berlaku\" may be answered, as the value NA.")
        boolean dontKnow) {

    /** The answer value of "tidak tahu / tidak berlaku": answered, but not a point of the scale. */
    public static final String DONT_KNOW = "NA";

    /** A question without "tidak tahu". */
    public QuestionView(
            Long id,
            int position,
            String code,
            QuestionType type,
            LocalizedText text,
            LocalizedText help,
            boolean required,
            Integer scalePoints,
            Integer maxLength,
            BigDecimal minValue,
            BigDecimal maxValue,
            QuestionTag tag,
            boolean scored,
            QuestionRequest.ShowIf showIf,
            List<OptionView> options) {
        this(
                id,
                position,
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
                false);
    }

    /** An answer option. */
    @Schema(name = "Option")
    public record OptionView(String value, LocalizedText label, Integer score, boolean terminates) {}

    static QuestionView of(Question q) {
        return new QuestionView(
                q.id,
                q.position,
                q.code,
                q.type,
                LocalizedText.of(q.textId, q.textEn),
                LocalizedText.of(q.helpId, q.helpEn),
                q.required,
                q.scalePoints == null ? null : q.scalePoints.intValue(),
                q.maxLength,
                q.minValue,
                q.maxValue,
                q.tag,
                q.scored,
                q.showIfCode == null ? null : new QuestionRequest.ShowIf(q.showIfCode, Arrays.asList(q.showIfValues)),
                q.options.stream()
                        .map(o -> new OptionView(
                                o.value,
                                LocalizedText.of(o.labelId, o.labelEn),
                                o.score == null ? null : o.score.intValue(),
                                o.terminates))
                        .toList(),
                q.dontKnow);
    }
}
