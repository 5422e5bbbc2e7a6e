package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.stats.LikertScale;
import id.suarawarga.score.stats.QuestionStats;
import id.suarawarga.score.stats.QuestionnaireStats;
import id.suarawarga.score.stats.RespondentMeanStats;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The sufficient statistics of a questionnaire's scores per group of responses (a week, a period, a profile answer),
 * summed in SQL with the same {@code scored_answers} definition the running aggregates use, so the score engine scores
 * each group exactly as it scores the whole questionnaire. Several groupings are read in one pass over the responses
 * (grouping sets), because reading the answers is the expensive part.
 */
@ApplicationScoped
public class GroupedScoreQueries {

    /** One group: how many responses it holds and the statistics the score engine needs. */
    public record Group(long responses, QuestionnaireStats stats) {}

    /** A way to group responses: a name, a SQL expression over the response {@code r} and its bind values. */
    public record Grouping(String name, String expression, List<Object> parameters) {

        /** Per ISO week: the Monday that starts it in {@code zone}, as yyyy-MM-dd. */
        public static Grouping week(ZoneId zone) {
            return new Grouping(
                    "WEEK",
                    "to_char(date_trunc('week', r.submitted_at at time zone ?), 'YYYY-MM-DD')",
                    List.of(zone.getId()));
        }

        /** CURRENT is [currentFrom, now), PREVIOUS is [previousFrom, currentFrom); older responses are in neither. */
        public static Grouping period(Instant previousFrom, Instant currentFrom) {
            return new Grouping(
                    "PERIOD",
                    "case when r.submitted_at >= ? then 'CURRENT' when r.submitted_at >= ? then 'PREVIOUS' end",
                    List.of(Timestamp.from(currentFrom), Timestamp.from(previousFrom)));
        }

        /** Every response in one group, keyed "ALL": the total the other groupings' groups add up to. */
        public static Grouping all() {
            return new Grouping("TOTAL", "'ALL'::text", List.of());
        }

        /** Per answer to a single-choice question (its option value); responses without an answer are in no group. */
        public static Grouping answer(String questionCode) {
            return new Grouping("answer:" + questionCode, "r.answers ->> ?", List.of(questionCode));
        }
    }

    private final AgroalDataSource dataSource;

    GroupedScoreQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Groups by one grouping. */
    public Map<String, Group> read(QuestionnaireView questionnaire, Grouping grouping, boolean includeFlagged) {
        return read(questionnaire, List.of(grouping), includeFlagged).get(grouping.name());
    }

    /** Groups by each grouping, in one query: grouping name → group key → group. */
    public Map<String, Map<String, Group>> read(
            QuestionnaireView questionnaire, List<Grouping> groupings, boolean includeFlagged) {
        int count = groupings.size();
        Map<String, Long>[] responses = newMaps(count);
        Map<String, Map<String, long[]>>[] histograms = newMaps(count);
        Map<String, RespondentMeanStats>[] skm = newMaps(count);
        Map<String, RespondentMeanStats>[] impact = newMaps(count);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql(groupings))) {
            int i = 1;
            for (Grouping grouping : groupings) {
                for (Object parameter : grouping.parameters()) {
                    s.setObject(i++, parameter);
                }
            }
            s.setLong(i++, questionnaire.id());
            s.setBoolean(i, includeFlagged);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int dimension = groupedBy(rs, count);
                    String group = rs.getString(3 + count + dimension);
                    if (group == null) {
                        continue; // e.g. no answer to the profile question, or older than both periods
                    }
                    long n = rs.getLong(3 + 2 * count);
                    switch (rs.getString(1)) {
                        case "ALL" -> responses[dimension].put(group, n);
                        case "Q" -> {
                            long[] histogram = new long[5];
                            for (int p = 0; p < 5; p++) {
                                histogram[p] = rs.getLong(4 + 2 * count + p);
                            }
                            histograms[dimension]
                                    .computeIfAbsent(group, g -> new HashMap<>())
                                    .put(rs.getString(2), histogram);
                        }
                        case "SKM" -> skm[dimension].put(group, means(rs, n, count));
                        default -> impact[dimension].put(group, means(rs, n, count));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read grouped scores of questionnaire " + questionnaire.id(), e);
        }
        Map<String, Map<String, Group>> result = new LinkedHashMap<>();
        for (int d = 0; d < count; d++) {
            Map<String, Group> groups = new TreeMap<>();
            int dimension = d;
            responses[d].forEach((group, n) -> groups.put(
                    group,
                    new Group(
                            n,
                            new QuestionnaireStats(
                                    questions(questionnaire, histograms[dimension].getOrDefault(group, Map.of())),
                                    skm[dimension].getOrDefault(group, RespondentMeanStats.empty()),
                                    impact[dimension].getOrDefault(group, RespondentMeanStats.empty())))));
            result.put(groupings.get(d).name(), groups);
        }
        return result;
    }

    /**
     * Three kinds of rows per group: ALL (responses), Q (one scored question's histogram) and SKM/IMPACT (sums of
     * respondent means). Columns: kind, code, grouping(k1..kN), k1..kN, n, h1..h5, sum, sum of squares. The group
     * expressions are fixed fragments of {@link Grouping}, never user input; values are bound.
     */
    private static String sql(List<Grouping> groupings) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= groupings.size(); i++) {
            keys.add("k" + i);
        }
        String keyList = String.join(", ", keys);
        String keyColumns = keys.stream().map(k -> "r." + k).collect(Collectors.joining(", "));
        String grouping = keys.stream().map(k -> "grouping(" + k + ")").collect(Collectors.joining(", "));
        String expressions = java.util.stream.IntStream.range(0, groupings.size())
                .mapToObj(i -> groupings.get(i).expression() + " as k" + (i + 1))
                .collect(Collectors.joining(", "));
        String sets = keys.stream().map(k -> "(" + k + ")").collect(Collectors.joining(", "));
        String setsWith = keys.stream().map(k -> "(" + k + ", %s)").collect(Collectors.joining(", "));
        return """
                with r as (
                    select r.id, r.questionnaire_id, r.answers, %1$s
                      from survey_response r
                     where r.questionnaire_id = ? and (not r.flagged or ?)),
                x as (
                    select r.id, %2$s, s.question_code, s.tag, s.point, s.basis
                      from r cross join lateral scored_answers(r.questionnaire_id, r.answers) s),
                m as (
                    select id, %3$s, score_kind(tag) as kind, avg(basis) as mean
                      from x group by id, %3$s, kind)
                select 'ALL' as kind, null::varchar as code, %4$s, %3$s, count(*) as n, 0::bigint, 0::bigint, 0::bigint,
                       0::bigint, 0::bigint, 0::float8, 0::float8
                  from r group by grouping sets (%5$s)
                union all
                select 'Q', question_code, %4$s, %3$s, count(*), count(*) filter (where point = 1),
                       count(*) filter (where point = 2), count(*) filter (where point = 3),
                       count(*) filter (where point = 4), count(*) filter (where point = 5), 0::float8, 0::float8
                  from x group by grouping sets (%6$s)
                union all
                select kind, null, %4$s, %3$s, count(*), 0, 0, 0, 0, 0, sum(mean)::float8, sum(mean * mean)::float8
                  from m group by grouping sets (%7$s)""".formatted(
                        expressions,
                        keyColumns,
                        keyList,
                        grouping,
                        sets,
                        setsWith.formatted(repeat("question_code", keys.size())),
                        setsWith.formatted(repeat("kind", keys.size())));
    }

    private static Object[] repeat(String value, int times) {
        Object[] values = new Object[times];
        Arrays.fill(values, value);
        return values;
    }

    /** Which grouping a row belongs to: the one key that is part of its grouping set (grouping() = 0). */
    private static int groupedBy(ResultSet rs, int count) throws SQLException {
        for (int d = 0; d < count; d++) {
            if (rs.getInt(3 + d) == 0) {
                return d;
            }
        }
        throw new IllegalStateException("a grouped row without its grouping");
    }

    private static RespondentMeanStats means(ResultSet rs, long n, int count) throws SQLException {
        return new RespondentMeanStats(n, rs.getDouble(9 + 2 * count), rs.getDouble(10 + 2 * count));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V>[] newMaps(int count) {
        Map<String, V>[] maps = new Map[count];
        for (int i = 0; i < count; i++) {
            maps[i] = new HashMap<>();
        }
        return maps;
    }

    private static List<QuestionnaireStats.Question> questions(
            QuestionnaireView questionnaire, Map<String, long[]> histograms) {
        List<QuestionnaireStats.Question> questions = new ArrayList<>();
        for (QuestionView q : questionnaire.questions()) {
            if (!q.scored()) {
                continue;
            }
            LikertScale scale = LikertScale.ofPoints(q.scalePoints());
            long[] histogram = histograms.get(q.code());
            QuestionStats stats = histogram == null
                    ? QuestionStats.empty(scale)
                    : QuestionStats.ofHistogram(scale, Arrays.copyOf(histogram, scale.points()));
            questions.add(new QuestionnaireStats.Question(q.code(), q.tag(), stats));
        }
        return questions;
    }
}
