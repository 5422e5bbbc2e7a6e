package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.stats.SmallCells;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Respondents and IKM per profile answer (DOMAIN.md: never show a breakdown cell with n < 5). */
@ApplicationScoped
public class ProfileBreakdownService {

    /** The smallest group whose count and score may be shown: the same threshold as the report's. */
    public static final int MIN_CELL = SmallCells.MIN_SHOWN;

    private final GroupedScoreQueries grouped;
    private final GroupScorer scorer;

    ProfileBreakdownService(GroupedScoreQueries grouped, GroupScorer scorer) {
        this.grouped = grouped;
        this.scorer = scorer;
    }

    public List<ProfileBreakdownView> breakdowns(QuestionnaireView questionnaire, boolean includeFlagged) {
        List<GroupedScoreQueries.Grouping> groupings = groupings(questionnaire);
        return groupings.isEmpty()
                ? List.of()
                : breakdowns(questionnaire, grouped.read(questionnaire, groupings, includeFlagged));
    }

    /** One grouping per profile question that sorts respondents into groups. */
    public List<GroupedScoreQueries.Grouping> groupings(QuestionnaireView questionnaire) {
        return profileQuestions(questionnaire).stream()
                .map(q -> GroupedScoreQueries.Grouping.answer(q.code()))
                .toList();
    }

    /** The breakdowns from responses already grouped by {@link #groupings}. */
    public List<ProfileBreakdownView> breakdowns(
            QuestionnaireView questionnaire, Map<String, Map<String, GroupedScoreQueries.Group>> grouped) {
        List<ProfileBreakdownView> breakdowns = new ArrayList<>();
        for (QuestionView q : profileQuestions(questionnaire)) {
            Map<String, GroupedScoreQueries.Group> byAnswer =
                    grouped.get(GroupedScoreQueries.Grouping.answer(q.code()).name());
            List<ProfileBreakdownView.Cell> cells = new ArrayList<>();
            for (QuestionView.OptionView option : q.options()) {
                if (option.terminates()) {
                    continue; // e.g. under 18: the questionnaire stops there, so the group never has answers
                }
                GroupedScoreQueries.Group group = byAnswer.get(option.value());
                cells.add(cell(option, group == null ? ScoreFigures.NONE : scorer.figures(group)));
            }
            breakdowns.add(
                    new ProfileBreakdownView(q.code(), q.tag().name(), q.text().id(), cells));
        }
        return breakdowns;
    }

    private static List<QuestionView> profileQuestions(QuestionnaireView questionnaire) {
        // free-text profile answers (the service used) are not groups; multiple choices would count people twice
        return questionnaire.questions().stream()
                .filter(q -> q.tag() != null
                        && q.tag().isProfile()
                        && (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.YES_NO))
                .toList();
    }

    private static ProfileBreakdownView.Cell cell(QuestionView.OptionView option, ScoreFigures figures) {
        String label = option.label().id();
        if (figures.responses() < MIN_CELL) {
            return new ProfileBreakdownView.Cell(option.value(), label, true, null, null, null, null, null);
        }
        boolean ikmShown = figures.hasIkm() && figures.ikmN() >= MIN_CELL;
        boolean benefitShown = figures.hasBenefit() && figures.benefitN() >= MIN_CELL;
        return new ProfileBreakdownView.Cell(
                option.value(),
                label,
                false,
                figures.responses(),
                ikmShown ? figures.ikmKonversi() : null,
                ikmShown ? figures.category() : null,
                ikmShown ? figures.categoryLabel() : null,
                benefitShown ? figures.benefit() : null);
    }
}
