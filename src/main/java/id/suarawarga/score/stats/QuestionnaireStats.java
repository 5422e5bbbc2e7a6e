package id.suarawarga.score.stats;

import id.suarawarga.questionnaire.QuestionTag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The sufficient statistics of one questionnaire's answers, as running aggregates hold them: per Likert question
 * its {@link QuestionStats}, and per score (IKM, benefit) the statistics of respondents' own means.
 *
 * @param skmRespondents means of each respondent over the SKM elements (U1–U9) they answered, on 1–4
 * @param impactRespondents means of each respondent over the impact questions they answered, on the 1–4 basis
 */
public record QuestionnaireStats(
        List<Question> questions, RespondentMeanStats skmRespondents, RespondentMeanStats impactRespondents) {

    /**
     * One Likert question's statistics.
     *
     * @param tag what the question measures (an SKM element or an impact aspect), or null if it feeds no score
     */
    public record Question(String code, QuestionTag tag, QuestionStats stats) {

        public Question {
            if (code == null || code.isBlank() || stats == null) {
                throw new IllegalArgumentException("A question needs a code and statistics");
            }
            if (tag != null && !tag.isScorable()) {
                throw new IllegalArgumentException("Question " + code + " is tagged " + tag
                        + ", which feeds no score; only SKM elements and impact tags do");
            }
        }
    }

    public QuestionnaireStats {
        questions = List.copyOf(questions);
        Set<QuestionTag> elements = EnumSet.noneOf(QuestionTag.class);
        for (Question question : questions) {
            if (question.tag() != null && question.tag().isSkmElement() && !elements.add(question.tag())) {
                throw new IllegalArgumentException("SKM element " + question.tag() + " appears twice");
            }
        }
    }
}
