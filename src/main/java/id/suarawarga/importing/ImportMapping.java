package id.suarawarga.importing;

import java.util.List;
import java.util.Map;

/**
 * How an uploaded file becomes answers: which column answers which question and which answer text means which option
 * (texts left out are matched automatically, see {@link AnswerMatcher}); optionally the column that identifies a row
 * (a form's own timestamp or ID), and the label every imported response carries as its source tag.
 *
 * @param columns  the mapped columns; columns not listed are not imported
 * @param idColumn the column (1 = A) whose value identifies a row for re-imports; null: the whole row does
 * @param label    the batch label, stored as each response's source tag ({@code ^[a-z0-9][a-z0-9-]{0,39}$})
 */
public record ImportMapping(List<Column> columns, Integer idColumn, String label) {

    /**
     * One mapped column.
     *
     * @param column   1 for column A, 2 for B …
     * @param question the question code it answers
     * @param answers  answer text as in the file → option value ("" refuses rows with that text)
     */
    public record Column(int column, String question, Map<String, String> answers) {}
}
