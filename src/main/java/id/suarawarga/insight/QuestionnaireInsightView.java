package id.suarawarga.insight;

import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.ScoreView;
import java.util.List;

/**
 * Everything the dashboard shows about one questionnaire. For a draft only {@code program} and
 * {@code questionnaire} are set: a draft has no responses.
 */
public record QuestionnaireInsightView(
        ProgramView program,
        QuestionnaireView questionnaire,
        ScoreView score,
        WeeklyTrendView trend,
        PeriodChangeView change,
        List<DistributionView> distributions,
        List<ProfileBreakdownView> profiles,
        FlaggedSummaryView flagged,
        boolean hasComments,
        ChannelBreakdownView channels) {

    public boolean isDraft() {
        return score == null;
    }

    /** The weakest SKM element in words (e.g. "Waktu Penyelesaian"), or null without an IKM. */
    public String weakestElement() {
        return score == null || score.lowestElements().isEmpty()
                ? null
                : QuestionTag.nameOf(score.lowestElements().get(0));
    }
}
