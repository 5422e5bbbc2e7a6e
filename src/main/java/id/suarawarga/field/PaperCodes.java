package id.suarawarga.field;

import id.suarawarga.questionnaire.QuestionView;
import java.util.ArrayList;
import java.util.List;

/**
 * How a paper form numbers the answer options of a question (1, 2, 3 … in the order printed) and how the numbers
 * typed from a sheet become option values again. Text and number questions are typed as written.
 */
public final class PaperCodes {

    private PaperCodes() {}

    /**
     * The answers typed for one question: for a choice question one printed number, or several separated by spaces
     * or commas; an unknown number becomes a value no option has, so validation refuses it rather than guessing.
     */
    public static List<String> values(QuestionView question, String typed) {
        List<String> values = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return values;
        }
        if (question.options().isEmpty()) {
            values.add(typed.strip());
            return values;
        }
        for (String part : typed.strip().split("[\\s,;]+")) {
            values.add(option(question, part));
        }
        return values;
    }

    /** The printed numbers of these option values, as typed back in (for a form shown again with its errors). */
    public static String typed(QuestionView question, List<String> values) {
        if (question.options().isEmpty()) {
            return values.isEmpty() ? "" : values.get(0);
        }
        List<String> numbers = new ArrayList<>();
        for (String value : values) {
            int index = indexOf(question, value);
            numbers.add(index < 0 ? value.replaceFirst("^#", "") : String.valueOf(index + 1));
        }
        return String.join(" ", numbers);
    }

    private static String option(QuestionView question, String number) {
        try {
            int index = Integer.parseInt(number) - 1;
            if (index >= 0 && index < question.options().size()) {
                return question.options().get(index).value();
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        return "#" + number;
    }

    private static int indexOf(QuestionView question, String value) {
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
