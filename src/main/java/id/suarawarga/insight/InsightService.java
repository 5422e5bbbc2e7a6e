package id.suarawarga.insight;

import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireSummaryView;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.ScoreService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Puts the dashboard's pages together: a program with its versions, a questionnaire with every insight. */
@ApplicationScoped
public class InsightService {

    private final ProgramService programs;
    private final QuestionnaireService questionnaires;
    private final ScoreService scores;
    private final TrendService trends;
    private final DistributionService distributions;
    private final ProfileBreakdownService profiles;
    private final FlaggedSummaryService flagged;
    private final CommentService comments;
    private final GroupedScoreQueries grouped;

    private final ChannelBreakdownService channels;

    InsightService(
            ProgramService programs,
            QuestionnaireService questionnaires,
            ScoreService scores,
            TrendService trends,
            DistributionService distributions,
            ProfileBreakdownService profiles,
            FlaggedSummaryService flagged,
            CommentService comments,
            GroupedScoreQueries grouped,
            ChannelBreakdownService channels) {
        this.grouped = grouped;
        this.channels = channels;
        this.programs = programs;
        this.questionnaires = questionnaires;
        this.scores = scores;
        this.trends = trends;
        this.distributions = distributions;
        this.profiles = profiles;
        this.flagged = flagged;
        this.comments = comments;
    }

    public ProgramInsightView program(long programId) {
        ProgramView program = programs.get(programId);
        // the caller may see the program (checked on its path parameter), so its questionnaires need no further scope
        List<QuestionnaireSummaryView> versions = questionnaires
                .list(
                        programId,
                        null,
                        new PageRequest(0, PageRequest.MAX_SIZE),
                        new ProgramRepository.Filter(null, null, null, null, null))
                .items()
                .stream()
                .sorted(Comparator.comparingInt(QuestionnaireSummaryView::version)
                        .reversed())
                .toList();
        return new ProgramInsightView(program, scores.program(programId, false), versions);
    }

    /** Scores exclude flagged responses, as everywhere; the flagged summary shows what including them would change. */
    public QuestionnaireInsightView questionnaire(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        ProgramView program = programs.get(questionnaire.programId());
        if (questionnaire.status() == QuestionnaireStatus.DRAFT) {
            return new QuestionnaireInsightView(
                    program, questionnaire, null, null, null, List.of(), List.of(), null, false, null);
        }
        // every grouping of the responses in one pass: reading the answers is what costs
        TrendService.Periods periods = trends.periods();
        List<GroupedScoreQueries.Grouping> groupings = new ArrayList<>(List.of(trends.weeks(), periods.grouping()));
        groupings.addAll(profiles.groupings(questionnaire));
        Map<String, Map<String, GroupedScoreQueries.Group>> groups = grouped.read(questionnaire, groupings, false);
        return new QuestionnaireInsightView(
                program,
                questionnaire,
                scores.questionnaire(questionnaireId, false),
                trends.weekly(groups.get(trends.weeks().name())),
                trends.sinceLastMonth(periods, groups.get(periods.grouping().name())),
                distributions.distributions(questionnaire, false),
                profiles.breakdowns(questionnaire, groups),
                flagged.summary(questionnaire),
                CommentService.hasComments(questionnaire),
                channels.breakdown(questionnaireId));
    }

    /** A page of comments with the questionnaire they belong to. */
    public CommentsInsightView comments(long questionnaireId, String query, int page, boolean includeFlagged) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        ProgramView program = programs.get(questionnaire.programId());
        return new CommentsInsightView(
                program, questionnaire, includeFlagged, comments.comments(questionnaire, query, page, includeFlagged));
    }
}
