package id.suarawarga.insight;

import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireView;

/** The comments page: one page of comments and the questionnaire and program they belong to. */
public record CommentsInsightView(
        ProgramView program, QuestionnaireView questionnaire, boolean includeFlagged, CommentPageView page) {}
