package id.suarawarga.web.staff.importing;

import id.suarawarga.importing.ImportColumnView;
import id.suarawarga.importing.ImportMapping;
import id.suarawarga.importing.ImportService;
import id.suarawarga.importing.ImportUploadView;
import id.suarawarga.importing.MappingError;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mapping as the staff page's form carries it: {@code kolom.N} (the question of column N, or empty), for each
 * answer text of that column {@code teks.N.I} and {@code jawaban.N.I} (the option chosen, empty to refuse it),
 * {@code idkolom} and {@code label}. The same fields travel as hidden inputs from the dry run to the import.
 */
public record MappingForm(List<Column> columns, String idColumn, String label, List<MappingError> errors) {

    /** One column of the file as the form shows it. */
    public record Column(
            int column,
            String letter,
            String header,
            String samples,
            String question,
            boolean choices,
            boolean multi,
            List<Answer> answers,
            List<Choice> options,
            String error) {

        public boolean mapped() {
            return question != null && !question.isEmpty();
        }
    }

    /** One distinct answer text of a column and the option chosen for it. */
    public record Answer(int index, String text, String chosen) {}

    /** A choice of a select: its value and its words. */
    public record Choice(String value, String label) {}

    /** The form as first shown: every suggestion taken. */
    static MappingForm suggested(ImportUploadView upload, PublicQuestionnaire questionnaire) {
        List<Column> columns = new ArrayList<>();
        for (ImportColumnView c : upload.columns()) {
            columns.add(column(c, questionnaire, c.suggestedQuestion(), c.suggestedAnswers()));
        }
        return new MappingForm(columns, "", "", List.of());
    }

    /** The form as posted, answers re-suggested for a column whose question was changed. */
    static MappingForm posted(
            ImportUploadView upload, PublicQuestionnaire questionnaire, MultivaluedMap<String, String> fields) {
        List<Column> columns = new ArrayList<>();
        for (ImportColumnView c : upload.columns()) {
            String question = field(fields, "kolom." + c.column());
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; fields.containsKey("teks." + c.column() + "." + i); i++) {
                answers.put(
                        field(fields, "teks." + c.column() + "." + i),
                        field(fields, "jawaban." + c.column() + "." + i));
            }
            boolean sameQuestion = question.equals(field(fields, "sebelumnya." + c.column()));
            Map<String, String> chosen = sameQuestion && !answers.isEmpty()
                    ? answers
                    : questionnaire
                            .question(question)
                            .map(q -> ImportService.suggestedAnswers(q, c.values()))
                            .orElse(Map.of());
            columns.add(column(c, questionnaire, question, chosen));
        }
        return new MappingForm(columns, field(fields, "idkolom"), field(fields, "label"), List.of());
    }

    private static Column column(
            ImportColumnView c, PublicQuestionnaire questionnaire, String code, Map<String, String> answers) {
        Optional<QuestionView> question = code == null ? Optional.empty() : questionnaire.question(code);
        List<Answer> rows = new ArrayList<>();
        List<Choice> options = new ArrayList<>();
        if (question.isPresent() && question.get().type().hasOptions()) {
            int i = 0;
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                rows.add(new Answer(i++, answer.getKey(), answer.getValue()));
            }
            int n = 1;
            for (QuestionView.OptionView option : question.get().options()) {
                String words = option.label().id() == null
                        ? option.value()
                        : option.label().id();
                options.add(new Choice(option.value(), (option.score() != null ? option.score() : n) + " · " + words));
                n++;
            }
            if (question.get().dontKnow()) {
                options.add(new Choice(QuestionView.DONT_KNOW, "Tidak tahu / tidak berlaku"));
            }
        }
        List<String> samples = c.values().stream().limit(3).toList();
        return new Column(
                c.column(),
                c.letter(),
                c.header().isEmpty() ? "(tanpa judul)" : c.header(),
                String.join(" · ", samples) + (c.values().size() > 3 ? " …" : ""),
                question.map(QuestionView::code).orElse(""),
                !rows.isEmpty(),
                question.map(q -> q.type() == QuestionType.MULTI_CHOICE).orElse(false),
                rows,
                options,
                null);
    }

    /** Whether this column is the row ID column chosen. */
    public boolean idIs(int column) {
        return idColumn.equals(String.valueOf(column));
    }

    /** The mapping for the service: mapped columns only, with the answers chosen. */
    ImportMapping mapping() {
        List<ImportMapping.Column> mapped = new ArrayList<>();
        for (Column column : columns) {
            if (column.mapped()) {
                Map<String, String> answers = new LinkedHashMap<>();
                column.answers().forEach(a -> answers.put(a.text(), a.chosen()));
                mapped.add(new ImportMapping.Column(column.column(), column.question(), answers));
            }
        }
        Integer id = idColumn.matches("\\d{1,3}") ? Integer.valueOf(idColumn) : null;
        return new ImportMapping(mapped, id, label.isBlank() ? null : label.strip());
    }

    /** The same form showing what is wrong: at the column it concerns, or above the form. */
    MappingForm withErrors(List<MappingError> found) {
        List<Column> marked = new ArrayList<>();
        List<Column> mapped = columns.stream().filter(Column::mapped).toList();
        for (Column column : columns) {
            String error = null;
            int at = mapped.indexOf(column);
            for (MappingError e : found) {
                if (at >= 0 && e.pointer().startsWith("/columns/" + at + "/")) {
                    error = e.detailId();
                }
            }
            marked.add(new Column(
                    column.column(),
                    column.letter(),
                    column.header(),
                    column.samples(),
                    column.question(),
                    column.choices(),
                    column.multi(),
                    column.answers(),
                    column.options(),
                    error));
        }
        return new MappingForm(marked, idColumn, label, found);
    }

    private static String field(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
