package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.stats.SmallCells;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Respondents and IKM per profile answer (DOMAIN.md: never show a breakdown cell with n &lt; 5). Which cells are
 * hidden is decided by {@link SmallCells#hidden} over the options and "not answered", so no hidden count can be worked
 * out from the respondents shown on the same page.
 */
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

    /** How the respondents that "not answered" is counted from are grouped: all in one group. */
    static final GroupedScoreQueries.Grouping TOTAL = GroupedScoreQueries.Grouping.all();

    /** The cell of those who left the question unanswered (an optional question). */
    public static final String NOT_ANSWERED = "Tidak diisi";

    /** One grouping per profile question that sorts respondents into groups, and the total they add up to. */
    public List<GroupedScoreQueries.Grouping> groupings(QuestionnaireView questionnaire) {
        List<GroupedScoreQueries.Grouping> groupings = new ArrayList<>();
        profileQuestions(questionnaire).forEach(q -> groupings.add(GroupedScoreQueries.Grouping.answer(q.code())));
        if (!groupings.isEmpty()) {
            groupings.add(TOTAL);
        }
        return groupings;
    }

    /** The breakdowns from responses already grouped by {@link #groupings}. */
    public List<ProfileBreakdownView> breakdowns(
            QuestionnaireView questionnaire, Map<String, Map<String, GroupedScoreQueries.Group>> grouped) {
        List<ProfileBreakdownView> breakdowns = new ArrayList<>();
        GroupedScoreQueries.Group all =
                grouped.getOrDefault(TOTAL.name(), Map.of()).get("ALL");
        long total = all == null ? 0 : all.responses();
        for (QuestionView q : profileQuestions(questionnaire)) {
            Map<String, GroupedScoreQueries.Group> byAnswer = grouped.getOrDefault(
                    GroupedScoreQueries.Grouping.answer(q.code()).name(), Map.of());
            List<QuestionView.OptionView> options = q.options().stream()
                    .filter(o -> !o.terminates()) // e.g. under 18: the questionnaire stops there, no answers
                    .toList();
            List<ScoreFigures> figures = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            long answered = 0;
            for (QuestionView.OptionView option : options) {
                GroupedScoreQueries.Group group = byAnswer.get(option.value());
                ScoreFigures f = group == null ? ScoreFigures.NONE : scorer.figures(group);
                figures.add(f);
                counts.add(f.responses());
                answered += f.responses();
            }
            long unanswered = Math.max(0, total - answered);
            boolean withUnanswered = SmallCells.listsUnanswered(q.required(), unanswered);
            if (withUnanswered) {
                counts.add(unanswered);
            }
            List<Boolean> hidden = SmallCells.hidden(counts);
            List<ProfileBreakdownView.Cell> cells = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                QuestionView.OptionView option = options.get(i);
                cells.add(cell(option.value(), option.label().id(), figures.get(i), hidden.get(i)));
            }
            if (withUnanswered) {
                cells.add(cell(null, NOT_ANSWERED, ScoreFigures.NONE, hidden.get(options.size()))
                        .withRespondents(unanswered));
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

    private static ProfileBreakdownView.Cell cell(String value, String label, ScoreFigures figures, boolean hidden) {
        if (hidden) {
            return new ProfileBreakdownView.Cell(value, label, true, null, null, null, null, null);
        }
        boolean ikmShown = figures.hasIkm() && figures.ikmN() >= MIN_CELL;
        boolean benefitShown = figures.hasBenefit() && figures.benefitN() >= MIN_CELL;
        return new ProfileBreakdownView.Cell(
                value,
                label,
                false,
                figures.responses(),
                ikmShown ? figures.ikmKonversi() : null,
                ikmShown ? figures.category() : null,
                ikmShown ? figures.categoryLabel() : null,
                benefitShown ? figures.benefit() : null);
    }
}
