package id.suarawarga.web.staff;

import id.suarawarga.insight.DistributionView;
import id.suarawarga.insight.WeeklyTrendView;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.score.ScoreView;
import id.suarawarga.score.stats.SkmCategory;
import id.suarawarga.web.staff.chart.HorizontalBars;
import id.suarawarga.web.staff.chart.LineChart;
import id.suarawarga.web.staff.chart.ProgressBar;
import id.suarawarga.web.staff.chart.SkmColours;
import id.suarawarga.web.staff.chart.StackedBar;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's charts as template properties ({@code {score.elementsChart}}): inline SVG built on the server by the
 * renderers in {@code chart}, which escape every text they are given.
 */
@TemplateExtension
public final class StaffCharts {

    /** The SKM category thresholds on the konversi scale, drawn as guides. */
    static final List<Double> THRESHOLDS = List.of(
            SkmCategory.C.lowerBound().doubleValue(),
            SkmCategory.B.lowerBound().doubleValue(),
            SkmCategory.A.lowerBound().doubleValue());

    private StaffCharts() {}

    /** {@code key} makes the chart's ids unique on a page that shows several (e.g. the program id). */
    static RawString quotaBar(ScoreView.Sample sample, long responses, long key) {
        return ProgressBar.render("kuota-" + key, "Jawaban terhadap kuota Smart City", responses, sample.quota());
    }

    static RawString requiredBar(ScoreView.Sample sample, long responses, long key) {
        return ProgressBar.render(
                "sampel-" + key,
                "Jawaban terhadap sampel minimum Krejcie–Morgan",
                responses,
                sample.requiredSample() == null ? 0 : sample.requiredSample());
    }

    /** NRR × 25 per SKM element, coloured by category. */
    static RawString elementsChart(ScoreView score) {
        List<HorizontalBars.Bar> bars = new ArrayList<>();
        StringBuilder words = new StringBuilder("Nilai konversi per unsur (25–100)");
        for (ScoreView.Element element : score.elements()) {
            String name = element.element() + " " + QuestionTag.nameOf(element.element());
            String value = StaffFormat.dec(element.konversi(), 2) + " " + element.category();
            bars.add(new HorizontalBars.Bar(name, element.konversi(), SkmColours.category(element.category()), value));
            words.append("; ").append(name).append(": ").append(value);
        }
        return HorizontalBars.render("unsur", "Nilai per unsur pelayanan", words.toString(), bars, 25, 100, THRESHOLDS);
    }

    /** How the answers to one question spread over its options. */
    static RawString chart(DistributionView distribution) {
        List<StackedBar.Segment> segments = new ArrayList<>();
        List<DistributionView.OptionCount> options = distribution.options();
        for (int i = 0; i < options.size(); i++) {
            DistributionView.OptionCount option = options.get(i);
            String colour = distribution.type() == QuestionType.LIKERT
                    ? SkmColours.likert(option.score() == null ? i + 1 : option.score(), options.size())
                    : SkmColours.choice(i);
            segments.add(new StackedBar.Segment(option.label(), option.count(), colour));
        }
        return StackedBar.render(
                "dist-" + distribution.code(),
                distribution.code() + ". " + distribution.text(),
                segments,
                distribution.answered());
    }

    static RawString responsesChart(WeeklyTrendView trend) {
        List<LineChart.Point> points = trend.weeks().stream()
                .map(w -> new LineChart.Point(shortWeek(w), (double) w.figures().responses()))
                .toList();
        long most = trend.weeks().stream()
                .mapToLong(w -> w.figures().responses())
                .max()
                .orElse(0);
        StringBuilder words = new StringBuilder("Jawaban per minggu");
        trend.weeks()
                .forEach(w -> words.append("; ")
                        .append(w.isoWeek())
                        .append(": ")
                        .append(w.figures().responses()));
        return LineChart.render(
                "tren-jawaban", "Jawaban per minggu", words.toString(), points, 0, niceCeiling(most), 0, List.of());
    }

    static RawString ikmChart(WeeklyTrendView trend) {
        List<LineChart.Point> points = trend.weeks().stream()
                .map(w -> new LineChart.Point(shortWeek(w), w.figures().ikmKonversi()))
                .toList();
        StringBuilder words = new StringBuilder("IKM (konversi) per minggu");
        trend.weeks()
                .forEach(w -> words.append("; ")
                        .append(w.isoWeek())
                        .append(": ")
                        .append(StaffFormat.dec(w.figures().ikmKonversi(), 2)));
        return LineChart.render("tren-ikm", "IKM per minggu", words.toString(), points, 25, 100, 0, THRESHOLDS);
    }

    private static String shortWeek(WeeklyTrendView.Week week) {
        return week.isoWeek().substring(week.isoWeek().indexOf('W'));
    }

    /** The smallest of 5, 10, 20, 50, 100, … that is at least {@code value}, so the axis reads easily. */
    static long niceCeiling(long value) {
        long nice = 5;
        while (nice < value) {
            long next = nice * 2;
            if (Long.toString(next).charAt(0) == '4') {
                next = nice / 2 * 5; // 20 → 50, 200 → 500
            }
            nice = next;
        }
        return nice;
    }
}
