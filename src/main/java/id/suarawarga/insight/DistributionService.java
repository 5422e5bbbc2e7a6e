package id.suarawarga.insight;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answer counts per option of every question with options, counted in one pass over the questionnaire's responses. */
@ApplicationScoped
public class DistributionService {

    /**
     * Rows with a null value count the respondents who answered the question; the others count answers per value
     * (a multiple choice is an array of values, a Likert answer its score, any other choice its value).
     */
    private static final String SQL = """
            with e as (
                select e.key, e.value
                  from survey_response r cross join lateral jsonb_each(r.answers) e
                 where r.questionnaire_id = ? and (not r.flagged or ?) and e.key = any(?))
            select key, null, count(*) from e group by key
            union all
            select key, v, count(*)
              from e cross join lateral (
                    select jsonb_array_elements_text(e.value) where jsonb_typeof(e.value) = 'array'
                    union all
                    select e.value #>> '{}' where jsonb_typeof(e.value) <> 'array') x (v)
             group by key, v""";

    private final AgroalDataSource dataSource;

    DistributionService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<DistributionView> distributions(QuestionnaireView questionnaire, boolean includeFlagged) {
        List<QuestionView> withOptions = questionnaire.questions().stream().filter(q -> q.type().hasOptions()).toList();
        if (withOptions.isEmpty()) {
            return List.of();
        }
        Map<String, Long> answered = new HashMap<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            Array codes = c.createArrayOf("text", withOptions.stream().map(QuestionView::code).toArray());
            s.setLong(1, questionnaire.id());
            s.setBoolean(2, includeFlagged);
            s.setArray(3, codes);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        answered.put(rs.getString(1), rs.getLong(3));
                    } else {
                        counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count answers of questionnaire " + questionnaire.id(), e);
        }
        List<DistributionView> distributions = new ArrayList<>();
        for (QuestionView q : withOptions) {
            Map<String, Long> byValue = counts.getOrDefault(q.code(), Map.of());
            List<DistributionView.OptionCount> options = q.options().stream().map(o -> {
                // a Likert answer is stored as the option's score, every other choice as the option's value
                String stored = q.type() == QuestionType.LIKERT ? String.valueOf(o.score()) : o.value();
                return new DistributionView.OptionCount(o.value(), o.label().id(), o.score(), byValue.getOrDefault(stored, 0L));
            }).toList();
            distributions.add(new DistributionView(q.code(), q.text().id(), q.type(), answered.getOrDefault(q.code(), 0L),
                    options));
        }
        return distributions;
    }
}
