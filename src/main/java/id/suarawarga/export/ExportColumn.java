package id.suarawarga.export;

import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer column of an export: a question, headed by its code. Likert and number answers are numbers (an analyst
 * averages them in Excel); choices are the option's Bahasa Indonesia label (readable in a pivot table without a
 * code book; a published questionnaire never changes its labels); multiple choices are labels joined by "; ".
 */
public record ExportColumn(String code, Kind kind, Map<String, String> labels) {

    /** How the stored answer becomes a cell. */
    public enum Kind {
        NUMBER,
        CHOICE,
        MULTI_CHOICE,
        TEXT
    }

    static final String MULTI_SEPARATOR = "; ";

    public ExportColumn {
        labels = Map.copyOf(labels);
    }

    static ExportColumn of(QuestionView question) {
        Map<String, String> labels = new LinkedHashMap<>();
        question.options()
                .forEach(option -> labels.put(option.value(), option.label().id()));
        return new ExportColumn(question.code(), kind(question.type()), labels);
    }

    private static Kind kind(QuestionType type) {
        switch (type) {
            case LIKERT:
            case NUMBER:
                return Kind.NUMBER;
            case MULTI_CHOICE:
                return Kind.MULTI_CHOICE;
            case TEXT:
                return Kind.TEXT;
            default:
                return Kind.CHOICE;
        }
    }

    /** The cell for a stored answer as PostgreSQL's {@code ->>} gives it (multi-choice: values joined by ';'). */
    Object cell(String stored) {
        if (stored == null) {
            return null;
        }
        switch (kind) {
            case NUMBER:
                return new BigDecimal(stored);
            case CHOICE:
                return labels.getOrDefault(stored, stored);
            case MULTI_CHOICE:
                return String.join(
                        MULTI_SEPARATOR,
                        Arrays.stream(stored.split(";"))
                                .filter(v -> !v.isEmpty())
                                .map(v -> labels.getOrDefault(v, v))
                                .toList());
            default:
                return stored;
        }
    }
}
