package id.suarawarga.export;

import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of a response export: running number, submitted date, channel, the channel-tagged link's tag (e.g.
 * loket-1, empty without one), language, flagged, flag reasons, whether the row counts in the scores and why (with the
 * reviewer's note when a review decided it), one
 * column per closed question in questionnaire order, then the free-text answers (comments) last, so the numbers sit
 * together for analysis. Nothing that could link a row to a device, a source or a request is ever a column.
 */
public record ExportLayout(ZoneId zone, List<ExportColumn> answers) {

    public ExportLayout {
        answers = List.copyOf(answers);
    }

    static ExportLayout of(QuestionnaireView questionnaire, ZoneId zone) {
        List<QuestionView> ordered = questionnaire.questions().stream()
                .sorted(Comparator.comparingInt(QuestionView::position))
                .toList();
        List<ExportColumn> columns = new ArrayList<>();
        ordered.stream()
                .filter(q -> q.type() != QuestionType.TEXT)
                .map(ExportColumn::of)
                .forEach(columns::add);
        ordered.stream()
                .filter(q -> q.type() == QuestionType.TEXT)
                .map(ExportColumn::of)
                .forEach(columns::add);
        return new ExportLayout(zone, columns);
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(
                "no",
                "submitted_date (" + zone.getId() + ")",
                "channel",
                "source_tag",
                "language",
                "flagged",
                "flag_reasons",
                "counted",
                "count_reason",
                "review_note",
                // issue #18: a second person on a shared phone who declared so (counted, not flagged)
                "other_person_declared"));
        answers.forEach(column -> headers.add(column.code()));
        return headers;
    }
}
