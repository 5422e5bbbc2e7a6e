package id.suarawarga.insight;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.questionnaire.QuestionnaireView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How a questionnaire's responses and scores move over time: per ISO week, and this month against the last. */
@ApplicationScoped
public class TrendService {

    /** "Since last month": the last 30 days against the 30 before. */
    public static final int PERIOD_DAYS = 30;

    private final GroupedScoreQueries grouped;
    private final GroupScorer scorer;
    private final ZoneId zone;
    private final Clock clock;

    TrendService(GroupedScoreQueries grouped, GroupScorer scorer, SuaraConfig config) {
        this.grouped = grouped;
        this.scorer = scorer;
        this.zone = config.timeZone();
        this.clock = Clock.systemUTC();
    }

    public WeeklyTrendView weekly(QuestionnaireView questionnaire, boolean includeFlagged) {
        return weekly(grouped.read(questionnaire, weeks(), includeFlagged));
    }

    /** Responses grouped by ISO week in the dashboard's time zone. */
    public GroupedScoreQueries.Grouping weeks() {
        return GroupedScoreQueries.Grouping.week(zone);
    }

    /** The last {@value #PERIOD_DAYS} days and the ones before them, as of now. */
    public Periods periods() {
        Instant currentFrom = clock.instant().minus(Duration.ofDays(PERIOD_DAYS));
        return new Periods(currentFrom.minus(Duration.ofDays(PERIOD_DAYS)), currentFrom);
    }

    /** Two consecutive periods: [previousFrom, currentFrom) and [currentFrom, now). */
    public record Periods(Instant previousFrom, Instant currentFrom) {

        public GroupedScoreQueries.Grouping grouping() {
            return GroupedScoreQueries.Grouping.period(previousFrom, currentFrom);
        }
    }

    /** The weekly trend from responses already grouped by {@link #weeks()}. */
    public WeeklyTrendView weekly(Map<String, GroupedScoreQueries.Group> byWeek) {
        List<WeeklyTrendView.Week> weeks = new ArrayList<>();
        if (!byWeek.isEmpty()) {
            LocalDate first = LocalDate.parse(byWeek.keySet().iterator().next());
            LocalDate last =
                    LocalDate.parse(byWeek.keySet().stream().reduce((a, b) -> b).orElseThrow());
            // empty weeks stay on the chart, so a quiet fortnight shows as a dip, not as nothing
            for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                GroupedScoreQueries.Group group = byWeek.get(monday.toString());
                weeks.add(new WeeklyTrendView.Week(
                        monday, isoWeek(monday), group == null ? ScoreFigures.NONE : scorer.figures(group)));
            }
        }
        return new WeeklyTrendView(zone.getId(), weeks);
    }

    public PeriodChangeView sinceLastMonth(QuestionnaireView questionnaire, boolean includeFlagged) {
        Periods periods = periods();
        return sinceLastMonth(periods, grouped.read(questionnaire, periods.grouping(), includeFlagged));
    }

    /** The change from responses already grouped by {@code periods.grouping()}. */
    public PeriodChangeView sinceLastMonth(Periods range, Map<String, GroupedScoreQueries.Group> periods) {
        Instant currentFrom = range.currentFrom();
        Instant previousFrom = range.previousFrom();
        ScoreFigures current =
                periods.containsKey("CURRENT") ? scorer.figures(periods.get("CURRENT")) : ScoreFigures.NONE;
        ScoreFigures previous =
                periods.containsKey("PREVIOUS") ? scorer.figures(periods.get("PREVIOUS")) : ScoreFigures.NONE;
        Double change = current.hasIkm() && previous.hasIkm() ? current.ikmKonversi() - previous.ikmKonversi() : null;
        return new PeriodChangeView(PERIOD_DAYS, currentFrom, previousFrom, current, previous, change);
    }

    static String isoWeek(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
