package id.suarawarga.web.staff.field;

import id.suarawarga.field.PaperCodes;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A question as the paper form prints it and the entry screen asks for it: its number, text, numbered options
 * (the same numbers in both places) and, on the entry screen, what was typed and what is wrong with it.
 */
public record PaperQuestion(
        int number,
        String code,
        String text,
        String help,
        boolean required,
        boolean multi,
        boolean textual,
        List<Option> options,
        String condition,
        String typed,
        String error) {

    /** An option with the number printed beside its box, and the value it stands for. */
    public record Option(int number, String label, String value) {}

    /** The options as one line for the entry screen: "1 Tidak sesuai · 2 Kurang sesuai …". */
    public String hint() {
        return options.stream().map(o -> o.number() + " " + o.label()).collect(Collectors.joining(" · "));
    }

    static List<PaperQuestion> of(PublicQuestionnaire questionnaire) {
        List<PaperQuestion> questions = new ArrayList<>();
        for (QuestionView q : questionnaire.questions()) {
            questions.add(of(questionnaire, q, null, null));
        }
        return questions;
    }

    static PaperQuestion of(PublicQuestionnaire questionnaire, QuestionView q, String typed, String error) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            options.add(new Option(
                    i + 1, q.options().get(i).label().id(), q.options().get(i).value()));
        }
        String condition = null;
        if (q.showIf() != null) {
            QuestionView on = questionnaire.question(q.showIf().question()).orElseThrow();
            condition = "Jawab hanya jika no. " + (questionnaire.questions().indexOf(on) + 1) + " dijawab "
                    + q.showIf().values().stream()
                            .map(v -> PaperCodes.typed(on, List.of(v)))
                            .collect(Collectors.joining(" atau "))
                    + ".";
        }
        return new PaperQuestion(
                questionnaire.questions().indexOf(q) + 1,
                q.code(),
                q.text().id(),
                q.help() == null ? null : q.help().id(),
                q.required(),
                q.type() == QuestionType.MULTI_CHOICE,
                q.type() == QuestionType.TEXT,
                options,
                condition,
                typed,
                error);
    }
}
