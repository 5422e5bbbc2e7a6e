package id.suarawarga.insight;

import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    private static final String FROM = """
              from survey_response r
              cross join lateral (select q.code, q.ord, r.answers ->> q.code as text
                                    from unnest(?::text[]) with ordinality q (code, ord)) c
             where r.questionnaire_id = ? and (not r.flagged or ?)
               and c.text is not null and btrim(c.text) <> ''
               and (?::text is null or c.text ilike ? escape '\\')""";

    private final AgroalDataSource dataSource;

    CommentService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
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
                .filter(q -> q.type() == QuestionType.TEXT && (q.tag() == null || !q.tag().isProfile()))
                .collect(Collectors.toMap(QuestionView::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        if (textQuestions.isEmpty()) {
            return new CommentPageView(List.of(), search, page, PAGE_SIZE, 0);
        }
        String pattern = search == null ? null : "%" + escapeLike(search) + "%";
        try (Connection c = dataSource.getConnection()) {
            Array codes = c.createArrayOf("text", textQuestions.keySet().toArray());
            long total;
            try (PreparedStatement s = c.prepareStatement("select count(*) " + FROM)) {
                bind(s, codes, questionnaire.id(), includeFlagged, pattern);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<CommentView> comments = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select r.submitted_at, c.code, c.text, r.flagged " + FROM
                    + " order by r.submitted_at desc, r.id desc, c.ord limit ? offset ?")) {
                int next = bind(s, codes, questionnaire.id(), includeFlagged, pattern);
                s.setInt(next, PAGE_SIZE);
                s.setLong(next + 1, (long) (page - 1) * PAGE_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        QuestionView q = textQuestions.get(rs.getString(2));
                        comments.add(new CommentView(rs.getTimestamp(1).toInstant(), q.code(), q.text().id(),
                                rs.getString(3), rs.getBoolean(4)));
                    }
                }
            }
            return new CommentPageView(comments, search, page, PAGE_SIZE, total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read comments of questionnaire " + questionnaire.id(), e);
        }
    }

    /** A LIKE pattern that matches {@code text} literally: the escape character, % and _ are escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static int bind(PreparedStatement s, Array codes, long questionnaireId, boolean includeFlagged, String pattern)
            throws SQLException {
        s.setArray(1, codes);
        s.setLong(2, questionnaireId);
        s.setBoolean(3, includeFlagged);
        s.setString(4, pattern);
        s.setString(5, pattern);
        return 6;
    }

    /** Whether the questionnaire asks anything residents answer in their own words. */
    public static boolean hasComments(QuestionnaireView questionnaire) {
        return questionnaire.questions().stream()
                .anyMatch(q -> q.type() == QuestionType.TEXT && (q.tag() == null || !q.tag().isProfile()));
    }
}
