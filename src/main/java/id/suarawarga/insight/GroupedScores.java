package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.LikertScale;
import id.suarawarga.score.QuestionStats;
import id.suarawarga.score.QuestionnaireStats;
import id.suarawarga.score.RespondentMeanStats;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sufficient statistics of a questionnaire's scores per group of responses (a week, a profile answer, a period),
 * summed in SQL from the responses with the same {@code scored_answers} definition the running aggregates use, so the
 * score engine can score each group exactly as it scores the whole questionnaire.
 */
@ApplicationScoped
public class GroupedScores {

    /** One group: how many responses it holds and the statistics the score engine needs. */
    public record Group(long responses, QuestionnaireStats stats) {}

    /**
     * Three kinds of rows per group: ALL (responses), Q (one scored question's histogram) and SKM/IMPACT (sums of
     * respondent means). {@code %s} is a fixed group expression from this class, never user input.
     */
    private static final String SQL = """
            with r as (
                select r.id, r.questionnaire_id, r.answers, %s as g
                  from survey_response r
                 where r.questionnaire_id = ? and (not r.flagged or ?)),
            x as (
                select r.id, r.g, s.question_code, s.tag, s.point, s.basis
                  from r cross join lateral scored_answers(r.questionnaire_id, r.answers) s
                 where r.g is not null)
            select 'ALL' as kind, g, null as code, count(*) as n, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint,
                   0::float8, 0::float8
              from r where g is not null group by g
            union all
            select 'Q', g, question_code, count(*), count(*) filter (where point = 1), count(*) filter (where point = 2),
                   count(*) filter (where point = 3), count(*) filter (where point = 4), count(*) filter (where point = 5),
                   0::float8, 0::float8
              from x group by g, question_code
            union all
            select kind, g, null, count(*), 0, 0, 0, 0, 0, sum(mean)::float8, sum(mean * mean)::float8
              from (select g, id, case when tag ~ '^U[1-9]$' then 'SKM' else 'IMPACT' end as kind, avg(basis) as mean
                      from x group by g, id, 3) means
             group by kind, g""";

    private final AgroalDataSource dataSource;

    GroupedScores(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Per week (the Monday that starts the ISO week in {@code zone}, as yyyy-MM-dd). */
    public Map<String, Group> byWeek(QuestionnaireView questionnaire, ZoneId zone, boolean includeFlagged) {
        return read(questionnaire, "to_char(date_trunc('week', r.submitted_at at time zone ?), 'YYYY-MM-DD')",
                List.of(zone.getId()), includeFlagged);
    }

    /** Per answer to a single-choice question (its option value); responses without an answer are left out. */
    public Map<String, Group> byAnswer(QuestionnaireView questionnaire, String questionCode, boolean includeFlagged) {
        return read(questionnaire, "r.answers ->> ?", List.of(questionCode), includeFlagged);
    }

    /** Two periods: CURRENT is [currentFrom, now), PREVIOUS is [previousFrom, currentFrom). */
    public Map<String, Group> byPeriod(QuestionnaireView questionnaire, Instant previousFrom, Instant currentFrom,
            boolean includeFlagged) {
        return read(questionnaire, "case when r.submitted_at >= ? then 'CURRENT' when r.submitted_at >= ? then 'PREVIOUS' end",
                List.of(Timestamp.from(currentFrom), Timestamp.from(previousFrom)), includeFlagged);
    }

    private Map<String, Group> read(QuestionnaireView questionnaire, String groupExpression, List<Object> groupParameters,
            boolean includeFlagged) {
        Map<String, Long> responses = new TreeMap<>();
        Map<String, Map<String, long[]>> histograms = new HashMap<>();
        Map<String, RespondentMeanStats> skm = new HashMap<>();
        Map<String, RespondentMeanStats> impact = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(SQL.formatted(groupExpression))) {
            int i = 1;
            for (Object parameter : groupParameters) {
                s.setObject(i++, parameter);
            }
            s.setLong(i++, questionnaire.id());
            s.setBoolean(i, includeFlagged);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String group = rs.getString(2);
                    switch (rs.getString(1)) {
                        case "ALL" -> responses.put(group, rs.getLong(4));
                        case "Q" -> {
                            long[] histogram = new long[5];
                            for (int p = 0; p < 5; p++) {
                                histogram[p] = rs.getLong(5 + p);
                            }
                            histograms.computeIfAbsent(group, g -> new HashMap<>()).put(rs.getString(3), histogram);
                        }
                        case "SKM" -> skm.put(group, new RespondentMeanStats(rs.getLong(4), rs.getDouble(10), rs.getDouble(11)));
                        default -> impact.put(group, new RespondentMeanStats(rs.getLong(4), rs.getDouble(10), rs.getDouble(11)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read grouped scores of questionnaire " + questionnaire.id(), e);
        }
        Map<String, Group> groups = new TreeMap<>();
        responses.forEach((group, n) -> groups.put(group, new Group(n, new QuestionnaireStats(
                questions(questionnaire, histograms.getOrDefault(group, Map.of())),
                skm.getOrDefault(group, RespondentMeanStats.empty()), impact.getOrDefault(group, RespondentMeanStats.empty())))));
        return groups;
    }

    private static List<QuestionnaireStats.Question> questions(QuestionnaireView questionnaire, Map<String, long[]> histograms) {
        List<QuestionnaireStats.Question> questions = new ArrayList<>();
        for (QuestionView q : questionnaire.questions()) {
            if (!q.scored()) {
                continue;
            }
            LikertScale scale = LikertScale.ofPoints(q.scalePoints());
            long[] histogram = histograms.get(q.code());
            QuestionStats stats = histogram == null ? QuestionStats.empty(scale)
                    : QuestionStats.ofHistogram(scale, java.util.Arrays.copyOf(histogram, scale.points()));
            QuestionTag tag = q.tag();
            questions.add(new QuestionnaireStats.Question(q.code(), tag, stats));
        }
        return questions;
    }
}
