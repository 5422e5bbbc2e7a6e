package id.suarawarga.insight;

import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireSummaryView;
import id.suarawarga.score.ProgramScoreView;
import java.util.List;

/** A program with its headline figures (current questionnaire) and every questionnaire version, newest first. */
public record ProgramInsightView(
        ProgramView program, ProgramScoreView scores, List<QuestionnaireSummaryView> versions) {}
