package id.suarawarga.web.staff.questionnaire;

import id.suarawarga.questionnaire.QuestionRequest;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.web.staff.FormErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One question as typed on the builder's question form, with its answer options as rows; kept as text so a wrong
 * entry comes back as written. Blank option rows are spare rows for new options, and are left out.
 */
public class QuestionForm {

    /** Spare empty option rows offered below the existing ones (no JavaScript needed to add options). */
    static final int SPARE_ROWS = 3;

    public String type;
    public String code;
    public String textId;
    public String textEn;
    public String helpId;
    public String helpEn;
    public boolean required;
    public String scalePoints;
    public String maxLength;
    public String minValue;
    public String maxValue;
    public String tag;
    public String position;
    public List<OptionRow> options = new ArrayList<>();
    /** Chosen show-if answers as {@code CODE|VALUE}. */
    public List<String> showIf = new ArrayList<>();

    /** An answer option row. */
    public record OptionRow(String value, String labelId, String labelEn, boolean terminates) {

        boolean blank() {
            return HeaderForm.blankToNull(labelId) == null && HeaderForm.blankToNull(labelEn) == null;
        }
    }

    static QuestionForm blank(QuestionType type) {
        QuestionForm form = new QuestionForm();
        form.type = type.name();
        form.required = true;
        if (type == QuestionType.LIKERT) {
            form.scalePoints = "4";
        }
        if (type == QuestionType.YES_NO) {
            form.options.add(new OptionRow("YES", "Ya", "Yes", false));
            form.options.add(new OptionRow("NO", "Tidak", "No", false));
        }
        form.pad();
        return form;
    }

    static QuestionForm of(QuestionView q) {
        QuestionForm form = new QuestionForm();
        form.type = q.type().name();
        form.code = q.code();
        form.textId = q.text().id();
        form.textEn = q.text().en();
        form.helpId = q.help() == null ? null : q.help().id();
        form.helpEn = q.help() == null ? null : q.help().en();
        form.required = q.required();
        form.scalePoints = q.scalePoints() == null ? null : String.valueOf(q.scalePoints());
        form.maxLength = q.maxLength() == null ? null : String.valueOf(q.maxLength());
        form.minValue = q.minValue() == null ? null : q.minValue().toPlainString();
        form.maxValue = q.maxValue() == null ? null : q.maxValue().toPlainString();
        form.tag = q.tag() == null ? null : q.tag().name();
        q.options()
                .forEach(o -> form.options.add(
                        new OptionRow(o.value(), o.label().id(), o.label().en(), o.terminates())));
        if (q.showIf() != null) {
            q.showIf().values().forEach(v -> form.showIf.add(q.showIf().question() + "|" + v));
        }
        form.pad();
        return form;
    }

    /** Reads the posted fields; option rows are matched by their order. */
    static QuestionForm read(QuestionFields fields) {
        QuestionForm form = new QuestionForm();
        form.type = fields.type;
        form.code = fields.code;
        form.textId = fields.textId;
        form.textEn = fields.textEn;
        form.helpId = fields.helpId;
        form.helpEn = fields.helpEn;
        form.required = "on".equals(fields.required);
        form.scalePoints = fields.scalePoints;
        form.maxLength = fields.maxLength;
        form.minValue = fields.minValue;
        form.maxValue = fields.maxValue;
        form.tag = fields.tag;
        form.position = fields.position;
        List<String> ids = fields.optId == null ? List.of() : fields.optId;
        List<String> stops = fields.optStop == null ? List.of() : fields.optStop;
        for (int i = 0; i < ids.size() && i < 50; i++) {
            form.options.add(new OptionRow(
                    at(fields.optValue, i), ids.get(i), at(fields.optEn, i), stops.contains(String.valueOf(i))));
        }
        if (fields.showIf != null) {
            form.showIf.addAll(fields.showIf);
        }
        return form;
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : null;
    }

    /** The request the API would take; what cannot even be read (a number as words) is reported at its field. */
    QuestionRequest toRequest(FormErrors errors) {
        QuestionType questionType = parseType(errors);
        QuestionTag questionTag = null;
        if (HeaderForm.blankToNull(tag) != null) {
            try {
                questionTag = QuestionTag.valueOf(tag);
            } catch (IllegalArgumentException e) {
                errors.put("tag", "Pilih dari daftar.");
            }
        }
        List<QuestionRequest.OptionRequest> optionRequests = new ArrayList<>();
        if (questionType != null && questionType.hasOptions()) {
            for (OptionRow row : options) {
                if (row.blank()) {
                    continue;
                }
                String value = questionType == QuestionType.LIKERT ? null : HeaderForm.blankToNull(row.value());
                optionRequests.add(new QuestionRequest.OptionRequest(
                        value, HeaderForm.text(row.labelId(), row.labelEn()), row.terminates() ? true : null));
            }
        }
        return new QuestionRequest(
                HeaderForm.blankToNull(code),
                questionType,
                HeaderForm.text(textId, textEn),
                HeaderForm.text(helpId, helpEn),
                required,
                questionType == QuestionType.LIKERT ? integer(scalePoints, "scalePoints", errors) : null,
                questionType == QuestionType.TEXT ? integer(maxLength, "maxLength", errors) : null,
                questionType == QuestionType.NUMBER ? decimal(minValue, "minValue", errors) : null,
                questionType == QuestionType.NUMBER ? decimal(maxValue, "maxValue", errors) : null,
                questionTag,
                null,
                showIf(errors),
                optionRequests.isEmpty() ? null : optionRequests);
    }

    Integer positionNumber(FormErrors errors) {
        return integer(position, "position", errors);
    }

    private QuestionType parseType(FormErrors errors) {
        try {
            return QuestionType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("type", "Pilih jenis pertanyaan.");
            return null;
        }
    }

    private QuestionRequest.ShowIf showIf(FormErrors errors) {
        if (showIf.isEmpty()) {
            return null;
        }
        String question = null;
        List<String> values = new ArrayList<>();
        for (String chosen : showIf) {
            int bar = chosen.indexOf('|');
            if (bar < 1) {
                continue;
            }
            String code = chosen.substring(0, bar);
            if (question != null && !question.equals(code)) {
                errors.put("showIf", "Pilih jawaban dari satu pertanyaan saja.");
                return null;
            }
            question = code;
            values.add(chosen.substring(bar + 1));
        }
        return question == null ? null : new QuestionRequest.ShowIf(question, values);
    }

    /** Adds spare empty rows so a person can add options without JavaScript. */
    void pad() {
        QuestionType questionType;
        try {
            questionType = QuestionType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            return;
        }
        if (!questionType.hasOptions() || questionType == QuestionType.YES_NO) {
            return;
        }
        int wanted = questionType == QuestionType.LIKERT ? Math.max(5, options.size()) : options.size() + SPARE_ROWS;
        while (options.size() < wanted) {
            options.add(new OptionRow(null, null, null, false));
        }
    }

    /** Keeps what was typed, then adds the spare rows back. */
    QuestionForm keptForRetry() {
        options.removeIf(OptionRow::blank);
        pad();
        return this;
    }

    public boolean atPosition(int number) {
        return String.valueOf(number).equals(position);
    }

    public boolean showsIf(String code, String value) {
        return showIf.contains(code + "|" + value);
    }

    private static Integer integer(String text, String field, FormErrors errors) {
        String value = HeaderForm.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(field, "Isi dengan angka bulat.");
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field, FormErrors errors) {
        String value = HeaderForm.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "Isi dengan angka, mis. 12 atau 2,5.");
            return null;
        }
    }
}
