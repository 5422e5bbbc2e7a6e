package id.suarawarga.importing;

import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.response.AnswerError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one row of a file into raw answers by question code, as the web form or the API would send them, and words
 * the validator's findings as problems of that row's cells. It never judges an answer itself: the one validator of
 * every channel does ({@code AnswerValidator}, through {@code SubmissionService}).
 */
final class RowConverter {

    private final PublicQuestionnaire questionnaire;
    private final List<String> headers;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<Integer, QuestionView> questionOf = new LinkedHashMap<>();
    private final Map<Integer, Map<String, String>> answersOf = new HashMap<>();

    RowConverter(PublicQuestionnaire questionnaire, ImportMapping mapping, List<String> headers) {
        this.questionnaire = questionnaire;
        this.headers = headers;
        for (ImportMapping.Column column : mapping.columns()) {
            QuestionView question = questionnaire.question(column.question()).orElseThrow();
            int index = column.column() - 1;
            columnOf.put(question.code(), index);
            questionOf.put(index, question);
            Map<String, String> answers = new HashMap<>();
            if (column.answers() != null) {
                column.answers().forEach((text, value) -> answers.put(AnswerMatcher.normalise(text), value));
            }
            answersOf.put(index, answers);
        }
    }

    /** The row's answers: option texts become option values (as mapped, else as matched, else as written). */
    Map<String, List<String>> answers(List<String> cells) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        questionOf.forEach((index, question) -> {
            String cell = cell(cells, index);
            if (cell.isBlank()) {
                return;
            }
            List<String> values = new ArrayList<>();
            if (!question.type().hasOptions()) {
                values.add(cell);
            } else if (question.type() == QuestionType.MULTI_CHOICE
                    && option(index, question, cell).isEmpty()) {
                AnswerMatcher.pieces(cell).forEach(piece -> values.add(optionOrText(index, question, piece)));
            } else {
                values.add(optionOrText(index, question, cell));
            }
            answers.put(question.code(), values);
        });
        return answers;
    }

    private String optionOrText(int index, QuestionView question, String text) {
        return option(index, question, text).orElse(text);
    }

    /** The mapped option ("" means "refuse this text": no option has it), else the matched one. */
    private Optional<String> option(int index, QuestionView question, String text) {
        String mapped = answersOf.get(index).get(AnswerMatcher.normalise(text));
        if (mapped != null) {
            return Optional.of(mapped.isEmpty() ? "\u0000" + text : mapped);
        }
        return AnswerMatcher.option(question, text);
    }

    /** The validator's findings as problems of this row, at the cell of each question. */
    List<RowProblem> problems(int row, List<AnswerError> errors, List<String> cells) {
        List<RowProblem> problems = new ArrayList<>();
        for (AnswerError error : errors) {
            Integer index = columnOf.get(error.question());
            String cell = index == null ? "" : quoted(cell(cells, index));
            String id = switch (error.kind()) {
                case REQUIRED ->
                    index == null
                            ? "wajib dijawab, tetapi kolomnya tidak dipetakan"
                            : "wajib dijawab, tetapi selnya kosong";
                case NOT_AN_OPTION -> cell + " tidak cocok dengan pilihan mana pun: cocokkan di pemetaan jawaban";
                case ONE_ANSWER_ONLY -> "hanya boleh satu jawaban, tetapi ada beberapa";
                case TOO_LONG -> "lebih dari " + error.limit() + " karakter";
                case NOT_A_NUMBER -> cell + " bukan angka";
                case TOO_SMALL -> cell + " lebih kecil dari " + error.limit();
                case TOO_LARGE -> cell + " lebih besar dari " + error.limit();
                case UNKNOWN_QUESTION -> "pertanyaan ini tidak ada di kuesioner";
            };
            String en = switch (error.kind()) {
                case REQUIRED ->
                    index == null
                            ? "an answer is required but no column is mapped to it"
                            : "an answer is required but the cell is empty";
                case NOT_AN_OPTION -> cell + " matches none of the options: match it in the answer mapping";
                case NOT_A_NUMBER, TOO_SMALL, TOO_LARGE -> cell + " " + error.englishDetail();
                default -> error.englishDetail();
            };
            problems.add(problem(row, index, error.question(), id, en));
        }
        return problems;
    }

    /** An answer that ends the questionnaire (e.g. under 18): the row is not stored. */
    RowProblem notEligible(int row, String question, List<String> cells) {
        Integer index = columnOf.get(question);
        String cell = index == null ? "" : quoted(cell(cells, index)) + " ";
        return problem(
                row,
                index,
                question,
                "jawaban " + cell + "mengakhiri kuesioner (misalnya usia di bawah 18): baris tidak disimpan",
                "the answer " + cell + "ends the questionnaire (e.g. under 18): the row is not stored");
    }

    RowProblem problem(int row, Integer index, String question, String id, String en) {
        return new RowProblem(
                row,
                index == null ? null : Columns.letter(index + 1),
                index == null || index >= headers.size() ? null : headers.get(index),
                question,
                id,
                en);
    }

    /** The row's identity for re-imports: its cells as written, spaces and case aside. */
    static String content(List<String> cells) {
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).isBlank()) {
            last--;
        }
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < last; i++) {
            content.append(cells.get(i).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                    .append('\u001f');
        }
        return content.toString();
    }

    static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    private static String quoted(String text) {
        String shown = text.strip();
        return "\"" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "\"";
    }
}
