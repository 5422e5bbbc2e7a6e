package id.suarawarga.insight;

import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Residents' free-text answers (every text question but the profile's), newest first, searchable. The search is a
 * case-insensitive substring match in which {@code %} and {@code _} mean themselves, not wildcards.
 */
@ApplicationScoped
public class CommentService {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_QUERY_LENGTH = 200;

    private final InsightQueries queries;

    CommentService(InsightQueries queries) {
        this.queries = queries;
    }

    /** Page {@code page} (from 1) of comments matching {@code query} (null or blank: all). */
    public CommentPageView comments(QuestionnaireView questionnaire, String query, int page, boolean includeFlagged) {
        String search = query == null || query.isBlank() ? null : query.strip();
        if (search != null && search.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalid("/q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (page < 1 || page > Integer.MAX_VALUE / PAGE_SIZE) {
            throw ProblemException.invalid("/halaman", "must be a page number from 1");
        }
        Map<String, QuestionView> textQuestions = questionnaire.questions().stream()
                .filter(q -> q.type() == QuestionType.TEXT
                        && (q.tag() == null || !q.tag().isProfile()))
                .collect(Collectors.toMap(
                        QuestionView::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        if (textQuestions.isEmpty()) {
            return new CommentPageView(List.of(), search, page, PAGE_SIZE, 0);
        }
        String pattern = search == null ? null : "%" + escapeLike(search) + "%";
        InsightQueries.CommentPage found = queries.comments(
                questionnaire.id(), List.copyOf(textQuestions.keySet()), includeFlagged, pattern, page, PAGE_SIZE);
        List<CommentView> comments = found.rows().stream()
                .map(row -> {
                    QuestionView q = textQuestions.get(row.questionCode());
                    return new CommentView(row.submittedAt(), q.code(), q.text().id(), row.text(), row.flagged());
                })
                .toList();
        return new CommentPageView(comments, search, page, PAGE_SIZE, found.total());
    }

    /** A LIKE pattern that matches {@code text} literally: the escape character, % and _ are escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Whether the questionnaire asks anything residents answer in their own words. */
    public static boolean hasComments(QuestionnaireView questionnaire) {
        return questionnaire.questions().stream()
                .anyMatch(q -> q.type() == QuestionType.TEXT
                        && (q.tag() == null || !q.tag().isProfile()));
    }
}
