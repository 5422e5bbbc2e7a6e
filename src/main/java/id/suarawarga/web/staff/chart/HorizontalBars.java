package id.suarawarga.web.staff.chart;

import io.quarkus.qute.RawString;
import java.util.List;

/** Labelled horizontal bars on a common scale (SKM elements on 25–100), coloured by category, value written beside. */
public final class HorizontalBars {

    /** One bar; {@code valueText} is written at its end (e.g. "82,50 B"). */
    public record Bar(String label, double value, String colour, String valueText) {}

    private static final double WIDTH = 320;
    private static final double BAR_AREA = 250;
    private static final double ROW = 36;

    private HorizontalBars() {}

    /** {@code guides} are dashed vertical lines (e.g. the category thresholds) on the same scale. */
    public static RawString render(
            String id, String title, String description, List<Bar> bars, double min, double max, List<Double> guides) {
        double height = Math.max(ROW, ROW * bars.size()) + 4;
        StringBuilder svg = Svg.open(id, WIDTH, height, title, description);
        for (Double guide : guides) {
            double x = scale(guide, min, max);
            Svg.line(svg, x, 0, x, height, "#b8c2cc", "stroke-dasharray=\"3 3\"");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = i * ROW;
            Svg.text(svg, 0, top + 13, null, "lbl", bar.label());
            double end = scale(bar.value(), min, max);
            Svg.rect(svg, 0, top + 18, end, 14, bar.colour());
            Svg.text(svg, end + 4, top + 30, null, "val", bar.valueText());
        }
        return new RawString(svg.append("</svg>").toString());
    }

    private static double scale(double value, double min, double max) {
        double clamped = Math.max(min, Math.min(max, value));
        return (clamped - min) / (max - min) * BAR_AREA;
    }
}
